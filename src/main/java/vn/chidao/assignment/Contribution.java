package vn.chidao.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;
import vn.chidao.base.time.Dates;
import vn.chidao.document.AttachmentInfo;

/** What a coordinating unit sent to the lead unit of a directive. */
@Entity
@Audited
@Table(name = "contribution")
class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    private Long id;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 8000)
    private String content;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected Contribution() {
    }

    Contribution(Long directiveId, Long assignmentId, Long unitId, String content, String username, Instant at) {
        this.directiveId = directiveId;
        this.assignmentId = assignmentId;
        this.unitId = unitId;
        this.content = content;
        this.username = username;
        this.at = at;
    }

    Long getUnitId() {
        return unitId;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    ContributionView toView(String unitCode, String unitName, List<AttachmentInfo> attachments) {
        return new ContributionView(assignmentId, unitCode, unitName, content, username,
                Dates.local(at), attachments);
    }
}
