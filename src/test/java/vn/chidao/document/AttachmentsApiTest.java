package vn.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.World;

/**
 * Files in and out through the API: a report with its signed PDF, the same bytes and hash back, typed from content
 * (DOCX told from XLSX, a renamed executable refused), the limits, who may download, a directive that requires
 * evidence, and files attached outside a step to an assignment or to its notice.
 */
@ChidaoTest
class AttachmentsApiTest {

    private static final Map<String, Object> REPORT = ApiClient.json("report", "Đã ban hành kế hoạch, gửi kèm bản ký");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    World world;
    ConclusionDetail conclusion;
    long lead;
    long coordinating;

    @BeforeEach
    void issued() {
        world = fixtures.newWorld();
        conclusion = fixtures.issue(world, fixtures.draft());
        lead = Fixtures.assignmentOf(conclusion, World.SO_A);
        coordinating = Fixtures.assignmentOf(conclusion, World.HUYEN_A);
    }

    @Test
    void aReportCarriesItsSignedPdfAndTheSecretariatGetsTheSameBytesBack() {
        byte[] pdf = SampleFiles.pdf("Bao cao so 12/BC-STTTT");
        acknowledge(World.SO_A, lead);

        JsonNode reported = focalPoint(World.SO_A).postFiles(at(lead) + "/report", REPORT, "file",
                Map.of("Báo cáo số 12 ký số.pdf", pdf)).expect(200);

        assertThat(reported.path("status").asText()).isEqualTo("AWAITING_REVIEW");
        JsonNode file = reported.path("attachments").get(0);
        assertThat(file.path("name").asText()).isEqualTo("Báo cáo số 12 ký số.pdf");
        assertThat(file.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(file.path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(file.path("type").asText()).isEqualTo("application/pdf");
        assertThat(file.path("step").asText()).isEqualTo("REPORTED");
        assertThat(file.path("user").asText()).isEqualTo(world.focalPoint(World.SO_A).username());
        assertThat(file.path("at").asText()).isNotBlank();

        ApiClient.Download download = secretariat().download("/api/attachments/" + file.path("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(sha256(download.bytes())).isEqualTo(file.path("sha256").asText());
        assertThat(download.headers().getContentType()).hasToString("application/pdf");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ContentDisposition disposition = download.headers().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Báo cáo số 12 ký số.pdf");
    }

    @Test
    void theTypeIsToldFromTheContentNotFromTheName() {
        acknowledge(World.SO_A, lead);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ke-hoach.pdf", SampleFiles.docx("Kế hoạch"));
        files.put("so-lieu.docx", SampleFiles.xlsx());
        files.put("bang.xls", SampleFiles.xls());
        files.put("anh-chup.png", SampleFiles.jpeg());
        files.put("so-do.jpg", SampleFiles.png());
        files.put("van-ban.odt", SampleFiles.odt());
        files.put("phu-luc.zip", SampleFiles.zip());

        JsonNode progress = focalPoint(World.SO_A).postFiles(at(lead) + "/progress",
                ApiClient.json("percent", 40, "note", "Đang trình ký"), "file", files).expect(200);

        assertThat(progress.path("attachments").findValuesAsText("type")).containsExactly(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.ms-excel", "image/jpeg", "image/png", "application/vnd.oasis.opendocument.text",
                "application/zip");
        assertThat(progress.path("attachments").findValuesAsText("step")).containsOnly("PROGRESS");
    }

    @Test
    void anExecutableHtmlOrScriptedSvgIsRefusedAndTheStepWithIt() {
        acknowledge(World.SO_A, lead);
        Map<String, byte[]> hostile = Map.of("bao-cao.pdf", SampleFiles.executable(), "bao-cao.html",
                SampleFiles.html(), "so-do.svg", SampleFiles.svgWithScript());

        hostile.forEach((name, bytes) -> {
            ApiClient.Reply refused = focalPoint(World.SO_A).postFiles(at(lead) + "/report", REPORT, "file",
                    Map.of("ok.pdf", SampleFiles.pdf("ok"), name, bytes));
            assertThat(invalidFields(refused)).as(name).containsExactly("file");
            assertThat(refused.body().path("detail").asText()).as(name).contains(name);
        });

        JsonNode after = focalPoint(World.SO_A).get(at(lead)).expect(200);
        assertThat(after.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(after.path("report").isNull()).isTrue();
        assertThat(after.path("attachments")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_id = ? and owner_kind = 'ASSIGNMENT'",
                Long.class, lead)).isZero();
    }

    @Test
    void aFileOverTheLimitIsA413AndMoreThanTenFilesA400() {
        acknowledge(World.SO_A, lead);

        ApiClient.Reply tooLarge = focalPoint(World.SO_A).postFiles(at(lead) + "/report", REPORT, "file",
                Map.of("lon.pdf", SampleFiles.largePdf(21 * 1024 * 1024)));
        problem(tooLarge, 413);

        Map<String, byte[]> eleven = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            eleven.put("anh-" + i + ".png", SampleFiles.png());
        }
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/report", REPORT, "file", eleven)))
                .containsExactly("file");

        assertThat(focalPoint(World.SO_A).get(at(lead)).expect(200).path("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anotherUnitIsRefusedAnotherGovernmentFindsNothing() {
        long id = reportWithPdf();
        World other = fixtures.newWorld();

        problem(focalPoint(World.SO_B).get("/api/attachments/" + id), 403);
        assertThat(ApiClient.on(port).as(world.unitHead(World.SO_A).username())
                .download("/api/attachments/" + id).status()).isEqualTo(200);
        assertThat(ApiClient.on(port).as(world.leader().username())
                .download("/api/attachments/" + id).status()).isEqualTo(200);
        problem(ApiClient.on(port).as(other.secretariat().username()).get("/api/attachments/" + id), 404);
        problem(secretariat().get("/api/attachments/999999999"), 404);
        assertThat(ApiClient.on(port).download("/api/attachments/" + id).status()).isEqualTo(401);
    }

    @Test
    void theLeadUnitOpensTheFileOfACoordinatingUnitsContribution() {
        acknowledge(World.HUYEN_A, coordinating);
        JsonNode contributed = focalPoint(World.HUYEN_A).postFiles(at(coordinating) + "/contribution",
                ApiClient.json("text", "Ý kiến của huyện"), "file", Map.of("y-kien.pdf", SampleFiles.pdf("y kien")))
                .expect(200);
        long id = contributed.path("attachments").get(0).path("id").asLong();
        assertThat(contributed.path("attachments").get(0).path("step").asText()).isEqualTo("CONTRIBUTED");

        assertThat(focalPoint(World.SO_A).download("/api/attachments/" + id).status()).isEqualTo(200);
        problem(focalPoint(World.SO_B).get("/api/attachments/" + id), 403);
        assertThat(focalPoint(World.SO_A).get(at(lead)).expect(200).path("contributions").get(0)
                .path("attachments").findValuesAsText("name")).containsExactly("y-kien.pdf");
    }

    @Test
    void aDirectiveThatRequiresEvidenceRefusesAReportWithoutAFile() {
        ConclusionDraft draft = fixtures.draft();
        DirectiveDraft d = draft.directives().get(0);
        ConclusionDetail strict = fixtures.issue(world, new ConclusionDraft(draft.committee(), draft.meetingDate(),
                draft.title(), List.of(new DirectiveDraft(d.content(), d.leadUnit(), d.coordinatingUnits(),
                        d.deadline(), false, false, null, null, null, true))));
        assertThat(strict.directives().get(0).evidenceRequired()).isTrue();
        long id = Fixtures.assignmentOf(strict, World.SO_A);
        acknowledge(World.SO_A, id);

        assertThat(invalidFields(focalPoint(World.SO_A).post(at(id) + "/report", REPORT))).containsExactly("file");
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(id) + "/report", REPORT, "file", Map.of())))
                .containsExactly("file");

        JsonNode reported = focalPoint(World.SO_A).postFiles(at(id) + "/report", REPORT, "file",
                Map.of("bao-cao.pdf", SampleFiles.pdf("ky"))).expect(200);
        assertThat(reported.path("evidenceRequired").asBoolean()).isTrue();
        assertThat(secretariat().post(at(id) + "/review", ApiClient.json("decision", "ACCEPT")).expect(200)
                .path("status").asText()).isEqualTo("DONE");
    }

    @Test
    void acceptingAReportWithoutTheRequiredEvidenceIsAConflict() {
        acknowledge(World.SO_A, lead);
        focalPoint(World.SO_A).post(at(lead) + "/report", REPORT).expect(200);
        // the requirement came after the report (a notice corrected by the office): the report has no file
        jdbc.update("update directive set evidence_required = true where id = ?",
                conclusion.directives().get(0).id());

        problem(secretariat().post(at(lead) + "/review", ApiClient.json("decision", "ACCEPT")), 409);
        assertThat(secretariat().get(at(lead)).expect(200).path("status").asText()).isEqualTo("AWAITING_REVIEW");

        JsonNode attached = secretariat().postFiles(at(lead) + "/attachments", null, "file",
                Map.of("ban-ky.pdf", SampleFiles.pdf("ban ky"))).expect(201);
        assertThat(attached.path("name").asText()).isEqualTo("ban-ky.pdf");
        assertThat(secretariat().post(at(lead) + "/review", ApiClient.json("decision", "ACCEPT")).expect(200)
                .path("status").asText()).isEqualTo("DONE");
    }

    @Test
    void aFileAttachedOutsideAStepIsListedWithoutAStepAndAClosedAssignmentTakesNone() {
        acknowledge(World.SO_A, lead);
        byte[] png = SampleFiles.png();

        JsonNode created = focalPoint(World.SO_A).postFiles(at(lead) + "/attachments", null, "file",
                Map.of("../../etc/ảnh\u202Echụp.png", png)).expect(201);

        assertThat(created.path("name").asText()).isEqualTo("ảnhchụp.png");
        assertThat(created.path("sha256").asText()).isEqualTo(sha256(png));
        assertThat(created.path("type").asText()).isEqualTo("image/png");
        JsonNode detail = focalPoint(World.SO_A).get(at(lead)).expect(200);
        assertThat(detail.path("attachments").get(0).path("step").isNull()).isTrue();
        assertThat(detail.path("history").findValuesAsText("action")).contains("ATTACHED");
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/attachments", null, "file",
                Map.of("a.png", png, "b.png", png)))).containsExactly("file");
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/attachments", null, "file",
                Map.of("a\u0000.png", png)))).containsExactly("file");
        problem(focalPoint(World.SO_B).postFiles(at(lead) + "/attachments", null, "file", Map.of("a.png", png)), 404);
        problem(ApiClient.on(port).as(world.leader().username())
                .postFiles(at(lead) + "/attachments", null, "file", Map.of("a.png", png)), 403);

        focalPoint(World.SO_A).post(at(lead) + "/report", REPORT).expect(200);
        secretariat().post(at(lead) + "/review", ApiClient.json("decision", "ACCEPT")).expect(200);
        problem(secretariat().postFiles(at(lead) + "/attachments", null, "file", Map.of("c.png", png)), 409);
    }

    @Test
    void theSignedNoticeIsKeptWithItsConclusionAndEveryUnitReadsIt() {
        byte[] notice = SampleFiles.pdf("Thong bao ket luan so 59/TB-UBND");
        String path = "/api/conclusions/" + conclusion.id();

        JsonNode created = secretariat().postFiles(path + "/attachments", null, "file",
                Map.of("59-TB-UBND.pdf", notice)).expect(201);

        JsonNode read = focalPoint(World.HUYEN_A).get(path).expect(200);
        assertThat(read.path("attachments").findValuesAsText("name")).containsExactly("59-TB-UBND.pdf");
        assertThat(read.path("history").findValuesAsText("action")).contains("ATTACHED");
        ApiClient.Download download = focalPoint(World.HUYEN_A).download("/api/attachments/" + created.path("id").asLong());
        assertThat(download.bytes()).isEqualTo(notice);
        problem(focalPoint(World.SO_A).postFiles(path + "/attachments", null, "file", Map.of("x.pdf", notice)), 403);
        problem(ApiClient.on(port).as(fixtures.newWorld().secretariat().username())
                .postFiles(path + "/attachments", null, "file", Map.of("x.pdf", notice)), 404);
    }

    @Test
    void theDataPartIsReadAsTheJsonBodyWouldBe() {
        acknowledge(World.SO_A, lead);

        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/progress",
                ApiClient.json("percent", "nhiều"), "file", Map.of()))).containsExactly("percent");
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/progress", null, "file",
                Map.of("a.png", SampleFiles.png())))).containsExactly("data");
        assertThat(invalidFields(focalPoint(World.SO_A).postFiles(at(lead) + "/progress",
                ApiClient.json("percent", 150), "file", Map.of()))).containsExactly("percent");
    }

    private long reportWithPdf() {
        acknowledge(World.SO_A, lead);
        return focalPoint(World.SO_A).postFiles(at(lead) + "/report", REPORT, "file",
                Map.of("bao-cao.pdf", SampleFiles.pdf("bao cao"))).expect(200)
                .path("attachments").get(0).path("id").asLong();
    }

    private void acknowledge(String unit, long id) {
        focalPoint(unit).post(at(id) + "/acknowledge").expect(200);
    }

    private static String at(long id) {
        return "/api/assignments/" + id;
    }

    private ApiClient focalPoint(String unit) {
        return ApiClient.on(port).as(world.focalPoint(unit).username());
    }

    private ApiClient secretariat() {
        return ApiClient.on(port).as(world.secretariat().username());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
