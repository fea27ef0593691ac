package vn.chidao.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A department, district, commune or other body that receives directives. Code is unique within its government. */
@Entity
@Audited
@Table(name = "unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    protected Unit() {
    }

    Unit(Long governmentId, String code, String name, String shortName, UnitKind kind, Unit parent) {
        this.governmentId = governmentId;
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    Unit getParent() {
        return parent;
    }

    /** Renames the unit (code and name) and gives it its kind. */
    void describe(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    /** Gives the unit its short name, or none (null): the code stands for it where room is short. */
    void shorten(String shortName) {
        this.shortName = shortName;
    }

    /** Puts the unit under another (null: directly under the People's Committee); the caller has ruled out cycles. */
    void moveTo(Unit parent) {
        this.parent = parent;
    }

    /** Whether this unit is {@code other} or somewhere below it (its child, grandchild ...). */
    boolean isOrIsUnder(Unit other) {
        // Through the getters: a parent may be a lazy proxy, whose own fields are empty.
        for (Unit u = this; u != null; u = u.getParent()) {
            if (u.getId().equals(other.getId())) {
                return true;
            }
        }
        return false;
    }

    UnitDto toDto() {
        return new UnitDto(id, governmentId, code, name, shortName, kind, parent == null ? null : parent.getCode());
    }
}
