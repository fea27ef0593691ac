package vn.chidao.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One day of a year's data: a day off, or a weekend day worked. */
@Entity
@Audited
@Table(name = "calendar_day")
class StoredDay {

    enum Kind { OFF, WORKING }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
    @SequenceGenerator(name = "calendar_day_seq", sequenceName = "calendar_day_seq", allocationSize = 50)
    private Long id;

    @Column(name = "year_number", nullable = false)
    private int yearNumber;

    @Column(name = "on_date", nullable = false, unique = true)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    protected StoredDay() {
    }

    StoredDay(int yearNumber, LocalDate date, Kind kind, String name) {
        this.yearNumber = yearNumber;
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    void describe(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    LocalDate getDate() {
        return date;
    }

    int getYearNumber() {
        return yearNumber;
    }

    Kind getKind() {
        return kind;
    }

    CalendarDay toDay() {
        return new CalendarDay(date, name);
    }
}
