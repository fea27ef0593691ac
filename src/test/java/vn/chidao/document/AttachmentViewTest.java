package vn.chidao.document;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.support.Drafts;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.TaskPageTestSupport;
import vn.chidao.support.World;

/**
 * The upload on the task page, as a focal point uses it: a signed PDF sent with the report and listed in the history
 * with a download link, a renamed executable refused at once with its reason, a report without the evidence a
 * directive requires held back; and the secretariat's review queue showing the report's file beside its decision.
 */
class AttachmentViewTest extends TaskPageTestSupport {

    @Test
    void aFocalPointSendsTheSignedReportAndTheHistoryListsIt() throws IOException {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        open(world.focalPoint(World.SO_A), id);
        AttachmentField files = field("report");
        File pdf = temp(SampleFiles.pdf("Bao cao"));

        files.received("Báo cáo 15-BC.pdf", pdf);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Đã ban hành kế hoạch");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("report-submit")).click();
        _fireConfirm(_get(ConfirmDialog.class));

        AssignmentDetail reported = assignments.get(world.secretariat(), id);
        assertThat(reported.status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
        assertThat(reported.attachments()).extracting(AttachmentInfo::name).containsExactly("Báo cáo 15-BC.pdf");
        String fileId = String.valueOf(reported.attachments().get(0).id());
        List<Anchor> links = _find(Anchor.class, spec -> spec.withText("Báo cáo 15-BC.pdf"));
        assertThat(links).as("in the latest report and in the history").hasSize(2).allSatisfy(link -> {
            assertThat(link.getElement().getAttribute("data-attachment")).isEqualTo(fileId);
            assertThat(link.getElement().hasAttribute("download")).isTrue();
        });
        assertThat(textOf("latest-report-files")).contains("Báo cáo 15-BC.pdf");
        assertThat(timeline()).contains("Báo cáo 15-BC.pdf", "PDF");
        assertThat(pdf).as("the temporary copy is gone once sent").doesNotExist();
    }

    @Test
    void aRenamedExecutableIsRefusedAtOnceWithItsReason() throws IOException {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        open(world.focalPoint(World.SO_A), id);
        AttachmentField files = field("report");
        File exe = temp(SampleFiles.executable());

        files.received("bao-cao.pdf", exe);

        Span refusal = _get(Span.class, spec -> spec.withId("report-files-error"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("bao-cao.pdf", "chỉ nhận PDF");
        assertThat(files.files()).isEmpty();
        assertThat(exe).doesNotExist();
    }

    @Test
    void aReportWithoutTheRequiredEvidenceIsHeldBackBeforeAsking() {
        long id = acknowledged(Drafts.withEvidence(Drafts.inWorkingDays(10, World.SO_A)));
        open(world.focalPoint(World.SO_A), id);

        _setValue(_get(TextArea.class, spec -> spec.withId("report-text")), "Đã xong");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("report-submit")).click();

        _assertNone(ConfirmDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("report-files-error")).getText())
                .contains("yêu cầu báo cáo kèm tệp minh chứng");
        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void theUploadOffersOfficeFilesAndThePhonesCamera() {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        open(world.focalPoint(World.SO_A), id);

        Upload upload = _get(Upload.class, spec -> spec.withId("report-files"));

        assertThat(upload.getAcceptedFileTypes()).contains("application/pdf", ".docx", "image/jpeg", "image/png");
        assertThat(upload.getMaxFiles()).isEqualTo(10);
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(_find(Upload.class, spec -> spec.withId("progress-files"))).hasSize(1);
    }

    @Test
    void theSecretariatSeesTheReportsFileBesideItsDecision() {
        long id = acknowledged(Drafts.inWorkingDays(10, World.SO_A));
        assignments.report(world.focalPoint(World.SO_A), id, new vn.chidao.assignment.CompletionReport("Đã xong"),
                List.of(new IncomingFile("Kế hoạch 12-KH.pdf",
                        new org.springframework.core.io.ByteArrayResource(SampleFiles.pdf("KH")))));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("review");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("review-grid"));
        Component report = _getCellComponent(grid, 0, "report");

        assertThat(_find(report, Anchor.class, spec -> spec.withText("Kế hoạch 12-KH.pdf"))).hasSize(1);
    }

    @Test
    void theLeadUnitReadsTheFilesOfAContributionOnItsTask() {
        java.util.Map<String, Long> ids = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long coordinating = ids.get(World.SO_B);
        assignments.acknowledge(world.focalPoint(World.SO_B), coordinating);
        assignments.contribute(world.focalPoint(World.SO_B), coordinating,
                new vn.chidao.assignment.ContributionInput("Số liệu của Sở B"), List.of(new IncomingFile(
                        "So-lieu-SO_B.xlsx", new org.springframework.core.io.ByteArrayResource(SampleFiles.xlsx()))));

        open(world.focalPoint(World.SO_A), ids.get(World.SO_A));

        assertThat(textOf("contribution-" + coordinating)).contains("Số liệu của Sở B", "So-lieu-SO_B.xlsx", "XLSX");
        assertThat(_find(Anchor.class, spec -> spec.withText("So-lieu-SO_B.xlsx"))).hasSize(1);
    }

    @Test
    void theSecretariatAttachesTheSignedNoticeAndAUnitDownloadsIt() throws IOException {
        issue(Drafts.inWorkingDays(10, World.SO_A));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/" + issued.id());

        field("notice").received("59-TB-UBND.pdf", temp(SampleFiles.pdf("59/TB-UBND")));
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("notice-attach")).click();

        assertThat(textOf("notice-attachments")).contains("59-TB-UBND.pdf", "PDF");
        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("conclusions/" + issued.id());
        assertThat(_find(Anchor.class, spec -> spec.withText("59-TB-UBND.pdf"))).hasSize(1);
        _assertNone(Upload.class, spec -> spec.withId("notice-files"));
    }

    private long acknowledged(vn.chidao.conclusion.DirectiveDraft directive) {
        long id = issue(directive).get(World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        return id;
    }

    private static AttachmentField field(String id) {
        Upload upload = _get(Upload.class, spec -> spec.withId(id + "-files"));
        return (AttachmentField) upload.getParent().orElseThrow();
    }

    private static File temp(byte[] bytes) throws IOException {
        File file = Files.createTempFile("chidao-test", ".upload").toFile();
        Files.write(file.toPath(), bytes);
        return file;
    }
}
