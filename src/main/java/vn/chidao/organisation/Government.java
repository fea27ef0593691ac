package vn.chidao.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A province or centrally-run city; everything else in Chidao belongs to exactly one. */
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
        return new GovernmentDto(id, code, name, noticeSymbol);
    }
}
