package vn.chidao.conclusion;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A conclusion notice (Thông báo kết luận) of a committee meeting, with its directives. */
@Entity
@Audited
@Table(name = "conclusion")
class Conclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conclusion_seq")
    @SequenceGenerator(name = "conclusion_seq", sequenceName = "conclusion_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    /**
     * The government whose office issued the notice, whose name its header and history keep; it stays when a merge
     * moves the conclusion to the receiving government ({@code governmentId}), and its number stays unique in that
     * office's series.
     */
    @Column(name = "issuer_government_id", nullable = false)
    private Long issuerGovernmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(length = 50)
    private String number;

    /** {@link NoticeNumber#key} of the number: unique per government and issue year. */
    @Column(name = "number_key", length = 50)
    private String numberKey;

    @Column(name = "issue_year")
    private Integer issueYear;

    @Column(name = "issue_sequence")
    private Integer issueSequence;

    @Column(name = "issued_date")
    private LocalDate issuedDate;

    /** The number read from the notice's header (a draft made from a notice): offered at approval. */
    @Column(name = "proposed_number", length = 50)
    private String proposedNumber;

    /** The issue date read from the notice's header: the issue date at approval. */
    @Column(name = "proposed_issued_date")
    private LocalDate proposedIssuedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConclusionStatus status = ConclusionStatus.DRAFT;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "conclusion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Directive> directives = new ArrayList<>();

    @Version
    private long version;

    protected Conclusion() {
    }

    Conclusion(Long governmentId, String createdBy, Instant createdAt) {
        this.governmentId = governmentId;
        this.issuerGovernmentId = governmentId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(Committee committee, String title, LocalDate meetingDate) {
        this.committee = committee;
        this.title = title;
        this.meetingDate = meetingDate;
    }

    /** The number and issue date the notice itself carries, kept with the draft until approval (null: none). */
    void proposeNumber(String number, LocalDate issuedDate) {
        this.proposedNumber = number;
        this.proposedIssuedDate = issuedDate;
    }

    /** Replaces the directives; only drafts change. */
    void replaceDirectives(List<Directive> replacement) {
        directives.clear();
        directives.addAll(replacement);
    }

    void issue(String number, Integer year, Integer sequence, LocalDate issuedDate) {
        this.number = number;
        this.numberKey = NoticeNumber.key(number);
        this.issueYear = year;
        this.issueSequence = sequence;
        this.issuedDate = issuedDate;
        this.status = ConclusionStatus.ISSUED;
    }

    void setStatus(ConclusionStatus status) {
        this.status = status;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Long getId() {
        return id;
    }

    Long getGovernmentId() {
        return governmentId;
    }

    Long getIssuerGovernmentId() {
        return issuerGovernmentId;
    }

    /**
     * The conclusion moves to the government that absorbed its own. An issued one keeps its issuer (its number is of
     * that office's series); one not yet issued will be issued by the receiving government's office.
     */
    void moveToGovernment(Long receivingId) {
        this.governmentId = receivingId;
        if (number == null) {
            this.issuerGovernmentId = receivingId;
        }
    }

    Committee getCommittee() {
        return committee;
    }

    String getTitle() {
        return title;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    String getNumber() {
        return number;
    }

    LocalDate getIssuedDate() {
        return issuedDate;
    }

    String getProposedNumber() {
        return proposedNumber;
    }

    LocalDate getProposedIssuedDate() {
        return proposedIssuedDate;
    }

    ConclusionStatus getStatus() {
        return status;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<Directive> getDirectives() {
        return directives;
    }
}
