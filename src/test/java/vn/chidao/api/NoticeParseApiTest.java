package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.parse.NoticeFiles;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP: {@code POST /api/conclusions/parse} with pasted text (JSON) or an uploaded .txt, .docx or .pdf
 * (multipart) proposes a draft that {@code POST /api/conclusions} takes as it is; only the secretariat may ask; other
 * file types, empty text and empty files are 400 on their field; a unit that has ended is proposed as its successor.
 */
@ChidaoTest
class NoticeParseApiTest {

    /** A notice naming the fixtures' units (Sở A, Sở B, Huyện A) and a Sở Tài chính the test adds. */
    static final String NOTICE = NoticeFiles.resource("world-notice.txt");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationService organisation;

    World world;
    ApiClient secretariat;

    @BeforeEach
    void aGovernmentWithAFinanceDepartment() {
        world = fixtures.newWorld();
        organisation.createUnit(world.admin(), new NewUnit(world.government().code(), "STC", "Sở Tài chính",
                UnitKind.DEPARTMENT, null));
        secretariat = as(world.secretariat());
    }

    @Test
    void pastedTextGivesADraftThatSavesAsItIs() {
        JsonNode parsed = secretariat.post("/api/conclusions/parse", json("text", NOTICE)).expect(200);

        assertThat(parsed.path("number").asText()).isEqualTo("45/TB-UBND");
        assertThat(parsed.path("issuedDate").asText()).isEqualTo("2023-06-20");
        JsonNode draft = parsed.path("draft");
        assertThat(draft.path("meetingDate").asText()).isEqualTo("2023-06-15");
        assertThat(draft.path("committee").asText()).isEqualTo("Ban Chỉ đạo chuyển đổi số tỉnh");
        assertThat(draft.path("title").asText()).startsWith("Kết luận của Chủ tịch UBND tỉnh");
        JsonNode directives = draft.path("directives");
        assertThat(directives.size()).isEqualTo(5);
        assertThat(directives.get(0).path("leadUnit").asText()).isEqualTo("STC");
        assertThat(directives.get(0).path("coordinatingUnits")).extracting(JsonNode::asText)
                .containsExactly(World.SO_A, World.HUYEN_A);
        assertThat(directives.get(0).path("deadline").asText()).isEqualTo("2023-12-15");
        assertThat(directives.get(1).path("leadUnit").asText()).isEqualTo(World.SO_B);
        assertThat(directives.get(1).path("deadline").asText()).isEqualTo("2023-09-30");
        assertThat(directives.get(2).path("leadUnit").asText()).isEqualTo(World.SO_B);
        assertThat(directives.get(2).path("deadlineWorkingDays").asInt()).isEqualTo(10);
        assertThat(directives.get(3).path("ongoing").asBoolean()).isTrue();
        assertThat(directives.get(4).path("leadUnit").isNull()).as("a task naming no unit").isTrue();

        JsonNode fields = parsed.path("fields");
        assertThat(fields.path("directives[0].leadUnit").path("text").asText()).isEqualTo("Sở Tài chính");
        assertThat(fields.path("directives[0].leadUnit").path("confidence").asDouble()).isGreaterThan(0.9);
        assertThat(fields.path("directives[0].deadline").path("text").asText()).isEqualTo("hoàn thành trước ngày 15/12/2023");
        assertThat(fields.path("directives[1].leadUnit").path("text").asText()).isEqualTo("Sở B");
        assertThat(fields.path("directives[1].leadUnit").path("note").asText()).isNotBlank();
        assertThat(fields.path("directives[2].deadlineWorkingDays").path("note").asText()).contains("20/06/2023");
        assertThat(fields.path("directives[4].leadUnit").path("text").isNull()).isTrue();
        assertThat(fields.path("directives[4].leadUnit").path("confidence").asDouble()).isZero();
        assertThat(fields.path("number").path("text").asText()).isEqualTo("45/TB-UBND");
        assertThat(fields.path("directives[0].leadUnit").fieldNames()).toIterable()
                .as("each field is {text, confidence}, with a note where there is one").containsExactly("text", "confidence");

        assertThat(invalidFields(secretariat.post("/api/conclusions", draft))).as("the fields left to the user")
                .containsExactly("directives[4].leadUnit");
        ((ObjectNode) directives.get(4)).put("leadUnit", World.SO_A).put("deadline", "2023-12-31");
        JsonNode saved = secretariat.post("/api/conclusions", draft).expect(201);
        assertThat(saved.path("status").asText()).isEqualTo("DRAFT");
        assertThat(saved.path("directives").size()).isEqualTo(5);
    }

    @Test
    void uploadedTxtDocxAndPdfGiveTheSameDraft() {
        JsonNode pasted = secretariat.post("/api/conclusions/parse", json("text", NOTICE)).expect(200).path("draft");
        byte[][] files = {NOTICE.getBytes(StandardCharsets.UTF_8), NoticeFiles.docx(NOTICE), NoticeFiles.pdf(NOTICE)};
        String[] names = {"thong-bao.txt", "Thông báo 45.docx", "TB45.PDF"};
        for (int i = 0; i < files.length; i++) {
            JsonNode parsed = secretariat.upload("/api/conclusions/parse", "file", names[i], files[i]).expect(200);
            assertThat(parsed.path("draft").path("directives")).as(names[i]).isEqualTo(pasted.path("directives"));
            assertThat(parsed.path("number").asText()).as(names[i]).isEqualTo("45/TB-UBND");
            assertThat(parsed.path("sourceFileName").asText()).isEqualTo(names[i]);
        }
    }

    @Test
    void onlyTheSecretariatMayAsk() {
        problem(as(world.leader()).post("/api/conclusions/parse", json("text", NOTICE)), 403);
        problem(as(world.focalPoint(World.SO_A)).upload("/api/conclusions/parse", "file", "tb.txt",
                NOTICE.getBytes(StandardCharsets.UTF_8)), 403);
        assertThat(ApiClient.on(port).post("/api/conclusions/parse", json("text", NOTICE)).status()).isEqualTo(401);
    }

    @Test
    void otherTypesEmptyTextAndEmptyFilesAreRefusedOnTheirField() {
        assertThat(invalidFields(secretariat.post("/api/conclusions/parse", json("text", "  ")))).containsExactly("text");
        assertThat(invalidFields(secretariat.post("/api/conclusions/parse", json("text", null)))).containsExactly("text");
        assertThat(invalidFields(secretariat.upload("/api/conclusions/parse", "file", "tb.xlsx",
                NoticeFiles.docx(NOTICE)))).containsExactly("file");
        assertThat(invalidFields(secretariat.upload("/api/conclusions/parse", "file", "tb.pdf",
                NOTICE.getBytes(StandardCharsets.UTF_8)))).containsExactly("file");
        assertThat(invalidFields(secretariat.upload("/api/conclusions/parse", "file", "tb.txt", new byte[0])))
                .containsExactly("file");
    }

    @Test
    void aUnitThatHasEndedIsProposedAsItsSuccessorAndSaysWhy() {
        organisation.endUnit(world.admin(), world.government().code(), World.HUYEN_A, LocalDate.of(2023, 6, 1),
                List.of(World.SO_B), "Sáp nhập");
        JsonNode parsed = secretariat.post("/api/conclusions/parse",
                json("text", NOTICE.replace("1. Sở Tài chính chủ trì, phối hợp với Sở A và Huyện A",
                        "1. UBND Huyện A chủ trì, phối hợp với Sở A"))).expect(200);

        JsonNode first = parsed.path("draft").path("directives").get(0);
        assertThat(first.path("leadUnit").asText()).isEqualTo(World.SO_B);
        JsonNode field = parsed.path("fields").path("directives[0].leadUnit");
        assertThat(field.path("text").asText()).isEqualTo("UBND Huyện A");
        assertThat(field.path("note").asText()).contains("Huyện A", "01/06/2023", "Sở B");
    }

    private ApiClient as(Actor actor) {
        return ApiClient.on(port).as(actor.username());
    }
}
