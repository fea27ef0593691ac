package vn.chidao.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A province or centrally-run city; everything else in Chidao belongs to exactly one. */
@Entity
@Table(name = "government")
class Government {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "government_seq")
    @SequenceGenerator(name = "government_seq", sequenceName = "government_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected Government() {
    }

    Government(String code, String name) {
        this.code = code;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    GovernmentDto toDto() {
        return new GovernmentDto(id, code, name);
    }
}
