package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * Over HTTP, a draft made from a signed notice keeps what the notice says of itself (issue 15 item 1): its number and
 * issue date, which approval then uses, and the uploaded notice, attached to the draft as it is created (multipart
 * {@code POST /api/conclusions}) in the same transaction: a file the documents refuse refuses the draft.
 */
@ChidaoTest
class NoticeSourceApiTest {

    static final String NOTICE = NoticeParseApiTest.NOTICE;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
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
    void theNumberAndIssueDateReadFromTheNoticeAreKeptWithTheDraftAndUsedAtApproval() {
        ObjectNode draft = parsedDraft();
        assertThat(draft.path("number").asText()).as("the parser's draft carries them").isEqualTo("45/TB-UBND");
        assertThat(draft.path("issuedDate").asText()).isEqualTo("2023-06-20");

        JsonNode created = secretariat.post("/api/conclusions", draft).expect(201);
        long id = created.path("id").asLong();
        JsonNode read = secretariat.get("/api/conclusions/" + id).expect(200);
        assertThat(read.path("draftNumber").asText()).isEqualTo("45/TB-UBND");
        assertThat(read.path("draftIssuedDate").asText()).isEqualTo("2023-06-20");
        assertThat(read.path("number").isNull()).as("not issued yet").isTrue();

        draft.put("number", " 46/TB-UBND ");
        assertThat(secretariat.put("/api/conclusions/" + id, draft).expect(200).path("draftNumber").asText())
                .isEqualTo("46/TB-UBND");
        assertThat(invalidFields(secretariat.put("/api/conclusions/" + id, draft.deepCopy()
                .put("number", "4".repeat(51))))).containsExactly("number");
        assertThat(invalidFields(secretariat.put("/api/conclusions/" + id, draft.deepCopy()
                .put("number", "46/TB\u200b-UBND")))).containsExactly("number");
        assertThat(invalidFields(secretariat.put("/api/conclusions/" + id, draft.deepCopy()
                .put("issuedDate", steps.today().plusDays(1).toString())))).as("not ahead of today")
                .containsExactly("issuedDate");
        assertThat(invalidFields(secretariat.put("/api/conclusions/" + id, draft.deepCopy()
                .put("issuedDate", "2023-06-14")))).as("not before the meeting").containsExactly("issuedDate");

        secretariat.post("/api/conclusions/" + id + "/submit").expect(200);
        ApiClient leader = as(world.leader());
        assertThat(leader.get("/api/conclusions/" + id).expect(200).path("proposedNumber").asText())
                .as("offered at approval").isEqualTo("46/TB-UBND");
        JsonNode issued = leader.post("/api/conclusions/" + id + "/approve", json()).expect(200);
        assertThat(issued.path("number").asText()).isEqualTo("46/TB-UBND");
        assertThat(issued.path("issuedDate").asText()).as("the notice's own date").isEqualTo("2023-06-20");
    }

    @Test
    void aNumberReadFromTheNoticeThatIsTakenIsAConflictAtApproval() {
        ObjectNode draft = parsedDraft();
        long first = secretariat.post("/api/conclusions", draft).expect(201).path("id").asLong();
        long second = secretariat.post("/api/conclusions", draft).expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + first + "/submit").expect(200);
        secretariat.post("/api/conclusions/" + second + "/submit").expect(200);
        ApiClient leader = as(world.leader());
        leader.post("/api/conclusions/" + first + "/approve", json()).expect(200);

        problem(leader.post("/api/conclusions/" + second + "/approve", json()), 409);
        JsonNode other = leader.post("/api/conclusions/" + second + "/approve", json("number", "47/TB-UBND"))
                .expect(200);
        assertThat(other.path("number").asText()).as("the leader's own number wins").isEqualTo("47/TB-UBND");
        assertThat(other.path("issuedDate").asText()).isEqualTo("2023-06-20");
    }

    @Test
    void aDraftTypedByHandIsIssuedTodayWithTheSeriesNumber() {
        JsonNode created = secretariat.post("/api/conclusions", parsedDraft().putNull("number").putNull("issuedDate"))
                .expect(201);
        assertThat(created.path("draftNumber").isNull()).isTrue();
        long id = created.path("id").asLong();
        secretariat.post("/api/conclusions/" + id + "/submit").expect(200);
        JsonNode issued = as(world.leader()).post("/api/conclusions/" + id + "/approve", json()).expect(200);
        assertThat(issued.path("number").asText()).isEqualTo("1/TB-UBND");
        assertThat(issued.path("issuedDate").asText()).isEqualTo(steps.today().toString());
    }

    @Test
    void theUploadedNoticeIsKeptWithTheDraftItWasReadFrom() {
        byte[] docx = NoticeFiles.docx(NOTICE);
        JsonNode parsed = secretariat.upload("/api/conclusions/parse", "file", "Thông báo 45.docx", docx).expect(200);
        ObjectNode draft = completed((ObjectNode) parsed.path("draft"));

        JsonNode created = secretariat.postFiles("/api/conclusions", draft, "file",
                Map.of(parsed.path("sourceFileName").asText(), docx)).expect(201);

        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("draftNumber").asText()).isEqualTo("45/TB-UBND");
        JsonNode file = created.path("attachments").get(0);
        assertThat(created.path("attachments").size()).isEqualTo(1);
        assertThat(file.path("name").asText()).isEqualTo("Thông báo 45.docx");
        assertThat(created.path("history")).extracting(h -> h.path("action").asText())
                .containsExactly("CREATED", "ATTACHED");
        ApiClient.Download download = secretariat.download("/api/attachments/" + file.path("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(docx);

        JsonNode none = secretariat.postFiles("/api/conclusions", draft, "file", Map.of()).expect(201);
        assertThat(none.path("attachments").size()).as("the file is optional").isZero();
    }

    @Test
    void aRefusedFileRefusesTheDraftAndABadDraftKeepsNoFile() {
        ObjectNode draft = parsedDraft();
        int before = count();

        assertThat(invalidFields(secretariat.postFiles("/api/conclusions", draft, "file",
                Map.of("thong-bao.txt", NOTICE.getBytes(StandardCharsets.UTF_8))))).as("a .txt is not kept")
                .containsExactly("file");
        assertThat(invalidFields(secretariat.postFiles("/api/conclusions", draft.deepCopy().put("title", ""), "file",
                Map.of("tb.docx", NoticeFiles.docx(NOTICE))))).containsExactly("title");
        assertThat(invalidFields(secretariat.postFiles("/api/conclusions", null, "file",
                Map.of("tb.docx", NoticeFiles.docx(NOTICE))))).containsExactly("data");
        problem(as(world.leader()).postFiles("/api/conclusions", draft, "file",
                Map.of("tb.docx", NoticeFiles.docx(NOTICE))), 403);

        assertThat(count()).as("nothing saved").isEqualTo(before);
    }

    /** The parser's draft of the notice, its one unread lead filled in as a person would. */
    private ObjectNode parsedDraft() {
        return completed((ObjectNode) secretariat.post("/api/conclusions/parse", json("text", NOTICE)).expect(200)
                .path("draft"));
    }

    private static ObjectNode completed(ObjectNode draft) {
        ((ObjectNode) draft.path("directives").get(4)).put("leadUnit", World.SO_A).put("deadline", "2023-12-31");
        return draft;
    }

    private int count() {
        return secretariat.get("/api/conclusions").expect(200).path("total").asInt();
    }

    private ApiClient as(Actor actor) {
        return api().as(actor.username());
    }

    private ApiClient api() {
        return ApiClient.on(port);
    }
}
