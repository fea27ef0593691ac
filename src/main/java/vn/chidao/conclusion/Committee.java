package vn.chidao.conclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.chidao.organisation.NoticeSymbol;

/**
 * A steering committee (Ban Chỉ đạo) of a government; its name is unique within the government. One that issues its
 * own notices has its own notice symbol (and so its own number series).
 */
@Entity
@Audited
@Table(name = "committee")
class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
    @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(nullable = false, length = 300)
    private String name;

    /** The chair, when set, alone receives escalations; otherwise every leader of the government does. */
    @Column(name = "chair_username", length = 60)
    private String chairUsername;

    /** The symbol of the committee's own notice numbers; null: the government's office issues them. */
    @Column(name = "notice_symbol", length = NoticeSymbol.MAX_LENGTH)
    private String noticeSymbol;

    protected Committee() {
    }

    Committee(Long governmentId, String name) {
        this.governmentId = governmentId;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getChairUsername() {
        return chairUsername;
    }

    void setChairUsername(String chairUsername) {
        this.chairUsername = chairUsername;
    }

    String getNoticeSymbol() {
        return noticeSymbol;
    }

    void setNoticeSymbol(String noticeSymbol) {
        this.noticeSymbol = noticeSymbol;
    }

    /** The committee belongs to the government that absorbed its own, under {@code name} (unique there). */
    void moveToGovernment(Long receivingId, String name) {
        this.governmentId = receivingId;
        this.name = name;
    }

    Long getGovernmentId() {
        return governmentId;
    }

    CommitteeDto toDto() {
        return new CommitteeDto(id, name, chairUsername, noticeSymbol);
    }
}
