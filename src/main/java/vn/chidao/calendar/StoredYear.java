package vn.chidao.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A year that has yearly data, and who gave it last (an administrator's username or a seed file). */
@Entity
@Audited
@Table(name = "calendar_year")
class StoredYear {

    @Id
    @Column(name = "year_number")
    private Integer yearNumber;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private Long version;

    protected StoredYear() {
    }

    StoredYear(int yearNumber) {
        this.yearNumber = yearNumber;
    }

    int getYearNumber() {
        return yearNumber;
    }

    void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
