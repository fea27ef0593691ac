package vn.chidao.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A province or centrally-run city; everything else in Chidao belongs to exactly one. One that merged into another
 * (the 2025 reorganisation) keeps its row: {@code validTo} is the day it merged, {@code mergedInto} the government
 * that holds its records since; its code stays taken and finds the receiving government.
 */
@Entity
@Audited
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

    /** The symbol of the government's notice numbers ("TB-UBND"). */
    @Column(name = "notice_symbol", nullable = false, length = NoticeSymbol.MAX_LENGTH)
    private String noticeSymbol = NoticeSymbol.DEFAULT;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Government mergedInto;

    @Version
    private long version;

    protected Government() {
    }

    Government(String code, String name, String noticeSymbol) {
        this.code = code;
        this.name = name;
        this.noticeSymbol = noticeSymbol;
    }

    void describe(String name, String noticeSymbol) {
        this.name = name;
        this.noticeSymbol = noticeSymbol;
    }

    /** Merges this government into {@code receiving} on that day (the caller checked neither has merged). */
    void mergeInto(Government receiving, LocalDate on) {
        this.mergedInto = receiving;
        this.validTo = on;
    }

    boolean isMerged() {
        return mergedInto != null;
    }

    /** The government that holds this one's records now: itself, or the one it merged into (followed on). */
    Government current() {
        Government g = this;
        for (int hops = 0; g.getMergedInto() != null && hops < 100; hops++) {
            g = g.getMergedInto();
        }
        return g;
    }

    Government getMergedInto() {
        return mergedInto;
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

    String getNoticeSymbol() {
        return noticeSymbol;
    }

    GovernmentDto toDto() {
        return new GovernmentDto(id, code, name, noticeSymbol, validTo,
                mergedInto == null ? null : mergedInto.getCode());
    }
}
