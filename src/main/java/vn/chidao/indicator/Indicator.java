package vn.chidao.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One DTI indicator: a main one (no parent) or one of its sub-indicators. */
@Entity
@Audited
@Table(name = "dti_indicator")
class Indicator {

    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "parent_code", length = 20)
    private String parentCode;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "name_en", nullable = false, length = 500)
    private String nameEn;

    private Integer weight;

    @Column(nullable = false)
    private int ordinal;

    protected Indicator() {
    }

    Indicator(String code, String parentCode, String name, String nameEn, Integer weight, int ordinal) {
        this.code = code;
        this.parentCode = parentCode;
        this.name = name;
        this.nameEn = nameEn;
        this.weight = weight;
        this.ordinal = ordinal;
    }

    boolean isMain() {
        return parentCode == null;
    }

    /** Its names and weight as an administrator set them; the code, parent and order stay. */
    void describe(String name, String nameEn, Integer weight) {
        this.name = name;
        this.nameEn = nameEn;
        this.weight = weight;
    }

    IndicatorDto toDto() {
        return new IndicatorDto(code, parentCode, name, nameEn, weight, ordinal);
    }
}
