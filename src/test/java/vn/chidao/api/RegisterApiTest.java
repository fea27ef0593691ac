package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Over HTTP: the register's filter parameters and its export. On 10/06/2030, a notice of the digital committee
 * (SO_A leads «Chuẩn hoá dữ liệu» with HUYEN_A, due 20/06; SO_B leads «Hạ tầng số», due 01/06, overdue) and one of
 * the reform committee (HUYEN_A leads «Cải cách thủ tục», due 25/06).
 */
@ChidaoTest
class RegisterApiTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 6, 10);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient secretariat;
    ConclusionDetail digital;
    ConclusionDetail reform;

    @BeforeEach
    void twoNotices() {
        world = fixtures.newWorld();
        time.startAt(LocalDate.of(2030, 5, 27), 9, 0);
        digital = fixtures.issue(world, Drafts.conclusion(LocalDate.of(2030, 5, 26),
                new vn.chidao.conclusion.DirectiveDraft("Chuẩn hoá dữ liệu", World.SO_A, List.of(World.HUYEN_A),
                        LocalDate.of(2030, 6, 20), false, false),
                new vn.chidao.conclusion.DirectiveDraft("Hạ tầng số", World.SO_B, List.of(), LocalDate.of(2030, 6, 1),
                        false, false)));
        reform = fixtures.issue(world, new ConclusionDraft("Ban Chỉ đạo cải cách hành chính", LocalDate.of(2030, 5, 26),
                "Kết luận về cải cách", List.of(Drafts.due(LocalDate.of(2030, 6, 25), World.HUYEN_A))));
        time.startAt(TODAY, 10, 0);
        secretariat = ApiClient.on(port).as(world.secretariat().username());
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    /** Paths are written as typed: the client encodes them. */
    @Test
    void theListTakesTheRegistersFilterParameters() {
        String committee = committeeId("Ban Chỉ đạo chuyển đổi số");

        assertThat(units(secretariat.get("/api/assignments?committee=" + committee).expect(200)))
                .containsExactly("SO_B", "HUYEN_A", "SO_A");
        assertThat(units(secretariat.get("/api/assignments?unitKind=DISTRICT").expect(200)))
                .containsExactly("HUYEN_A", "HUYEN_A");
        assertThat(units(secretariat.get("/api/assignments?timeliness=OPEN_OVERDUE&timeliness=DONE_LATE").expect(200)))
                .containsExactly("SO_B");
        assertThat(units(secretariat.get("/api/assignments?deadlineFrom=2030-06-17&deadlineTo=2030-06-20").expect(200)))
                .containsExactly("HUYEN_A", "SO_A");
        assertThat(units(secretariat.get("/api/assignments?text=CẢI CÁCH").expect(200)))
                .containsExactly("HUYEN_A");
        assertThat(units(secretariat.get("/api/assignments?committee=" + committee
                + "&unitKind=DEPARTMENT&deadlineTo=2030-06-30&text=dữ liệu").expect(200)))
                .containsExactly("SO_A");
    }

    @Test
    void wrongFilterValuesAre400OnTheirField() {
        assertThat(invalidFields(secretariat.get("/api/assignments?unitKind=PROVINCE"))).containsExactly("unitKind");
        assertThat(invalidFields(secretariat.get("/api/assignments?deadlineFrom=2030-06-20&deadlineTo=2030-06-01")))
                .containsExactly("deadlineTo");
        assertThat(invalidFields(secretariat.get("/api/assignments?committee=Ban khác")))
                .containsExactly("committee");
    }

    @Test
    void theExportIsAnXlsxFileNamedForTheDayWithOneRowPerDirective() throws Exception {
        ApiClient.Download file = secretariat.download("/api/assignments/export.xlsx?committee="
                + committeeId("Ban Chỉ đạo chuyển đổi số"));

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().getContentType()).hasToString(XLSX);
        assertThat(file.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"so-theo-doi-2030-06-10.xlsx\"");
        List<List<String>> rows = directiveRows(file.bytes());
        assertThat(rows).containsExactly(
                List.of("1", "Chuẩn hoá dữ liệu", "Sở A", "Huyện A", "20/06/2030", "Đang thực hiện trong hạn"),
                List.of("2", "Hạ tầng số", "Sở B", "", "01/06/2030", "Đang thực hiện quá hạn"));
    }

    @Test
    void aUnitRolesExportHoldsItsOwnUnitAndAnotherUnitIs403() throws Exception {
        ApiClient focalPoint = ApiClient.on(port).as(world.focalPoint(World.HUYEN_A).username());

        List<List<String>> rows = directiveRows(focalPoint.download("/api/assignments/export.xlsx").bytes());
        assertThat(rows).extracting(row -> row.get(1)).containsExactly("Chuẩn hoá dữ liệu",
                "Triển khai nhiệm vụ do HUYEN_A chủ trì");
        assertThat(rows).extracting(row -> row.get(4)).containsExactly("17/06/2030", "25/06/2030");

        problem(focalPoint.get("/api/assignments/export.xlsx?unit=SO_A"), 403);
        problem(ApiClient.on(port).get("/api/assignments/export.xlsx"), 401);
    }

    @Test
    void theExportRefusesWhatTheListRefuses() {
        assertThat(invalidFields(secretariat.get("/api/assignments/export.xlsx?unit=SO_X"))).containsExactly("unit");
        assertThat(invalidFields(secretariat.get("/api/assignments/export.xlsx?timeliness=SOON")))
                .containsExactly("timeliness");
    }

    private String committeeId(String name) {
        for (JsonNode committee : secretariat.get("/api/committees").expect(200)) {
            if (committee.path("name").asText().equals(name)) {
                return committee.path("id").asText();
            }
        }
        throw new AssertionError("No committee " + name);
    }

    private static List<String> units(JsonNode page) {
        List<String> units = new ArrayList<>();
        page.path("items").forEach(item -> units.add(item.path("unitCode").asText()));
        return units;
    }

    /** Number, content, lead, coordinating, deadline and standing of each numbered row. */
    private static List<List<String>> directiveRows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    List<String> values = new ArrayList<>();
                    values.add(Integer.toString((int) row.getCell(0).getNumericCellValue()));
                    for (int i = 1; i < 6; i++) {
                        values.add(row.getCell(i).getStringCellValue());
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }
}
