package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import vn.chidao.security.UserService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.TimeTravel;

/** {@code GET /api/reports/progress.docx} over HTTP, as a client that knows only the contract in docs/api.md. */
@ChidaoTest
class ProgressReportApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;
    @Autowired
    DashboardScenario scenario;
    @Autowired
    TimeTravel time;

    DashboardScenario.Book book;
    ApiClient api;

    @BeforeEach
    void build() {
        book = scenario.build();
        api = ApiClient.on(port);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theReportIsAWordAttachmentWithTheDashboardsFigures() {
        ApiClient.Download file = api.as(book.world().leader().username())
                .download("/api/reports/progress.docx?committee=" + book.committeeId() + "&from=2024-03-01&to=2024-10-31");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().getContentType()).hasToString(DOCX);
        assertThat(file.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename=\"bao-cao-tinh-hinh-thuc-hien-nhiem-vu_2024-03-01_2024-10-31.docx\"");
        XWPFDocument doc = ReportDocs.open(file.bytes());
        assertThat(ProgressReportTest.split(doc)).isEqualTo(new DashboardSummary(2, 1, 1, 4, 0));
        assertThat(doc.getCharts()).hasSize(1);
    }

    @Test
    void aBadPeriodIs400AndACallerWithoutAGovernmentIs403() {
        ApiClient leader = api.as(book.world().leader().username());
        assertThat(invalidFields(leader.get("/api/reports/progress.docx?from=2024-10-31&to=2024-03-01")))
                .containsExactly("to");
        problem(leader.get("/api/reports/progress.docx?from=31/10/2024"), 400);
        assertThat(invalidFields(leader.get("/api/reports/progress.docx?committee=999999999"))).containsExactly("committee");

        problem(api.as(UserService.ADMIN_USERNAME, "test-admin").get("/api/reports/progress.docx"), 403);
        assertThat(api.get("/api/reports/progress.docx").status()).isEqualTo(401);
    }
}
