package vn.chidao.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One person standing in for another (ủy quyền) from one day to another, both included. */
@Entity
@Audited
@Table(name = "substitute")
class Substitute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "substitute_seq")
    @SequenceGenerator(name = "substitute_seq", sequenceName = "substitute_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(nullable = false, length = 60)
    private String absent;

    @Column(nullable = false, length = 60)
    private String substitute;

    @Column(name = "from_day", nullable = false)
    private LocalDate from;

    @Column(name = "to_day", nullable = false)
    private LocalDate to;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Substitute() {
    }

    /** The absence is the receiving government's once the people's own government merged into it. */
    void moveToGovernment(Long receivingId) {
        this.governmentId = receivingId;
    }

    Substitute(Long governmentId, String absent, String substitute, LocalDate from, LocalDate to, Instant createdAt) {
        this.governmentId = governmentId;
        this.absent = absent;
        this.substitute = substitute;
        this.from = from;
        this.to = to;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getAbsent() {
        return absent;
    }

    String getSubstitute() {
        return substitute;
    }

    SubstituteDto toDto(String substituteName) {
        return new SubstituteDto(id, substitute, substituteName, absent, from, to);
    }
}
