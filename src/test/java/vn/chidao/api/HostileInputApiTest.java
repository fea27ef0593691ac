package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.api.HostilePayloads.Kind.BOOL;
import static vn.chidao.api.HostilePayloads.Kind.CODE;
import static vn.chidao.api.HostilePayloads.Kind.CODES;
import static vn.chidao.api.HostilePayloads.Kind.DATE;
import static vn.chidao.api.HostilePayloads.Kind.DATETIME;
import static vn.chidao.api.HostilePayloads.Kind.ENUM;
import static vn.chidao.api.HostilePayloads.Kind.IDS;
import static vn.chidao.api.HostilePayloads.Kind.ID_MAP;
import static vn.chidao.api.HostilePayloads.Kind.INT;
import static vn.chidao.api.HostilePayloads.Kind.OBJECT;
import static vn.chidao.api.HostilePayloads.Kind.OBJECTS;
import static vn.chidao.api.HostilePayloads.Kind.SYMBOL;
import static vn.chidao.api.HostilePayloads.Kind.TEXT;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.api.HostilePayloads.Endpoint;
import vn.chidao.api.HostilePayloads.Field;
import vn.chidao.api.HostilePayloads.Payload;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * Property-based: jqwik generates over a thousand malformed and hostile payloads (seeded, so a failure repeats) for
 * every write endpoint of the API. None may answer 5xx; every refusal is a problem+json 4xx, a 400 names its field
 * (or {@code body} when the JSON cannot be read), and a refused request leaves the database as it was.
 */
@ChidaoTest
class HostileInputApiTest {

    private static final long SEED = Long.getLong("chidao.hostile.seed", 20261207L);
    private static final int PER_BODY_ENDPOINT = Integer.getInteger("chidao.hostile.per-endpoint", 34);
    private static final int PER_PATH_ENDPOINT = 10;
    private static final String TABLES = "government unit app_user committee conclusion directive assignment "
            + "assignment_event conclusion_event contribution extension_request notification api_token substitute "
            + "audit_record act_ru_execution act_ru_task act_ru_job";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationService organisation;

    @Test
    void hostilePayloadsAreRefusedWithANamedProblemAndChangeNothing() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        List<Endpoint> endpoints = endpoints(world, other);
        Map<String, ApiClient> clients = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint endpoint = endpoints.get(i);
            int count = endpoint.body() == null ? PER_PATH_ENDPOINT : PER_BODY_ENDPOINT;
            ApiClient client = clients.computeIfAbsent(endpoint.role(), role -> withToken(client(world, role)));
            for (Payload payload : HostilePayloads.sample(endpoint, count, SEED + i)) {
                String failure = check(endpoint, client, payload);
                if (failure != null) {
                    failures.add(endpoint.label() + " [" + payload.what() + "] " + failure);
                }
                sent++;
            }
        }
        System.err.printf("HostileInputApiTest: %d payloads at %d endpoints, seed %d%n", sent, endpoints.size(),
                SEED);
        assertThat(failures).as("%d payloads, seed %d", sent, SEED).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1000);
    }

    private String check(Endpoint endpoint, ApiClient client, Payload payload) {
        List<Long> before = counts();
        ApiClient.Reply reply;
        try {
            reply = send(client, endpoint.method(), payload);
        } catch (RuntimeException error) {
            return "no JSON answer: " + error.getMessage();
        }
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return payload.mustReject() ? "accepted (" + status + "): " + brief(payload.body()) : null;
        }
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + brief(reply.text()) + " for " + brief(payload.body());
        }
        if (reply.contentType() == null || !reply.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return "not problem+json but " + reply.contentType();
        }
        if (status == 400 && !namesAField(reply.body())) {
            return "a 400 naming no field: " + brief(reply.text()) + " for " + brief(payload.body());
        }
        List<Long> after = counts();
        if (!after.equals(before)) {
            return "refused (" + status + ") but the database changed: " + before + " -> " + after;
        }
        return null;
    }

    private static boolean namesAField(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (error.path("field").asText().isBlank() || error.path("message").asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static ApiClient.Reply send(ApiClient client, String method, Payload payload) {
        return switch (method) {
            case "POST" -> payload.body() == null ? client.post(payload.path()) : client.post(payload.path(),
                    payload.body());
            case "PUT" -> client.put(payload.path(), payload.body());
            case "DELETE" -> client.delete(payload.path());
            default -> throw new IllegalArgumentException(method);
        };
    }

    private List<Long> counts() {
        String sql = "select " + String.join(", ", java.util.Arrays.stream(TABLES.split(" "))
                .map(t -> "(select count(*) from " + t + ")").toList());
        return jdbc.queryForObject(sql, (rs, row) -> {
            List<Long> counts = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                counts.add(rs.getLong(i));
            }
            return counts;
        });
    }

    private static String brief(String text) {
        if (text == null) {
            return "(no body)";
        }
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    /**
     * The same caller with a personal access token, used once before the payloads: no bcrypt per request (the
     * payloads take a third of the time), and the token's first-use stamp is written before counting starts.
     */
    private ApiClient withToken(ApiClient basic) {
        String token = basic.post("/api/me/tokens", json("name", "hostile", "expiresAt", inAMonth()))
                .expect(201).path("token").asText();
        ApiClient client = ApiClient.on(port).withToken(token);
        client.get("/api/me").expect(200);
        return client;
    }

    private ApiClient client(World world, String role) {
        ApiClient api = ApiClient.on(port);
        String code = world.government().code().toLowerCase();
        return switch (role) {
            case "admin" -> api.as("admin", "test-admin");
            case "govadmin" -> api.as(code + ".qt");
            case "secretariat" -> api.as(world.secretariat().username());
            case "leader" -> api.as(world.leader().username());
            case "focal" -> api.as(world.focalPoint(World.SO_A).username());
            case "focalHuyen" -> api.as(world.focalPoint(World.HUYEN_A).username());
            case "pw" -> api.as(code + ".pw");
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** Every write endpoint of the API, each with a valid body and the fields to break. */
    private List<Endpoint> endpoints(World world, World other) {
        String gov = world.government().code();
        fixtures.user(world, "qt", Role.ADMIN, null);
        fixtures.user(world, "pw", Role.FOCAL_POINT, World.SO_B);
        organisation.createUnit(world.admin(), new NewUnit(gov, "SO_C", "Sở C", UnitKind.DEPARTMENT, null));
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long a = Fixtures.assignmentOf(issued, World.SO_A);
        long h = Fixtures.assignmentOf(issued, World.HUYEN_A);
        client(world, "focal").post("/api/assignments/" + a + "/acknowledge").expect(200);
        ConclusionDetail second = fixtures.issue(world, fixtures.draft());
        long b = Fixtures.assignmentOf(second, World.SO_A);
        steps.reported(world, b, World.SO_A);
        long directive = second.directives().get(0).id();
        long submitted = steps.submitted(world, fixtures.draft()).id();
        long draft = client(world, "secretariat").post("/api/conclusions", draftBody()).expect(201).path("id")
                .asLong();
        long committee = client(world, "secretariat").get("/api/committees").expect(200).get(0).path("id").asLong();

        ConclusionDetail foreign = fixtures.issue(other, fixtures.draft());
        String foreignAssignment = Long.toString(Fixtures.assignmentOf(foreign, World.SO_A));
        String foreignConclusion = Long.toString(foreign.id());
        String foreignDirective = Long.toString(foreign.directives().get(0).id());
        String foreignUser = other.focalPoint(World.SO_A).username();
        String otherGov = other.government().code();
        List<String> foreignAssignments = List.of(foreignAssignment);
        List<String> foreignCodes = List.of(otherGov, foreignUser);

        List<Field> draftFields = List.of(new Field("committee", TEXT, 300, true),
                new Field("meetingDate", DATE, 0, true), new Field("title", TEXT, 500, true),
                new Field("directives", OBJECTS, 200, true), new Field("committeeChair", CODE, 60, false),
                new Field("directives/0/content", TEXT, 4000, true), new Field("directives/0/leadUnit", CODE, 30, true),
                new Field("directives/0/coordinatingUnits", CODES, 100, false),
                new Field("directives/0/deadline", DATE, 0, false), new Field("directives/0/ongoing", BOOL, 0, false),
                new Field("directives/0/deadlineWorkingDays", INT, 0, false),
                new Field("directives/0/reminderDays", INT, 0, false),
                new Field("directives/0/reportEvery", ENUM, 20, false));
        List<Endpoint> all = new ArrayList<>();
        String conclusions = "/api/conclusions/{id}";
        all.add(new Endpoint("POST", "/api/conclusions", null, draftBody(), draftFields, false, "secretariat",
                List.of()));
        all.add(new Endpoint("PUT", conclusions, id(draft), draftBody(), draftFields, true, "secretariat",
                List.of(foreignConclusion)));
        all.add(new Endpoint("POST", conclusions + "/submit", id(draft), null, List.of(), false, "secretariat",
                List.of(foreignConclusion)));
        all.add(new Endpoint("POST", conclusions + "/approve", id(submitted), json(),
                List.of(new Field("number", SYMBOL, 50, false)), false, "leader", List.of(foreignConclusion)));
        all.add(new Endpoint("POST", conclusions + "/reject", id(submitted), json("comment", "Chưa rõ"),
                List.of(new Field("comment", TEXT, 4000, true)), false, "leader", List.of(foreignConclusion)));
        all.add(new Endpoint("PUT", "/api/committees/{id}", id(committee), json("noticeSymbol", "TB-BCĐ"),
                List.of(new Field("noticeSymbol", SYMBOL, 40, false)), true, "secretariat", List.of("999999")));
        all.add(new Endpoint("POST", "/api/directives/{id}/cancel", id(directive), json("reason", "Thôi"),
                List.of(new Field("reason", TEXT, 2000, true)), false, "secretariat", List.of(foreignDirective)));
        all.add(new Endpoint("POST", "/api/directives/{id}/close", id(directive), json(),
                List.of(new Field("comment", TEXT, 2000, false)), false, "secretariat", List.of(foreignDirective)));

        String assignment = "/api/assignments/{id}";
        all.add(new Endpoint("POST", assignment + "/acknowledge", id(h), null, List.of(), false, "focal",
                foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/progress", id(a), json("percent", 40, "note", "Đang làm"),
                List.of(new Field("percent", INT, 0, true), new Field("note", TEXT, 4000, false)), true, "focal",
                foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/report", id(a), json("report", "Xong"),
                List.of(new Field("report", TEXT, 8000, true)), false, "focal", foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/contribution", id(h), json("text", "Góp ý"),
                List.of(new Field("text", TEXT, 8000, true)), false, "focalHuyen", foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/extension", id(a),
                json("newDeadline", LocalDate.now().plusYears(1).toString(), "reason", "Cần thêm thời gian"),
                List.of(new Field("newDeadline", DATE, 0, true), new Field("reason", TEXT, 4000, true)), false,
                "focal", foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/extension/decision", id(a), json("approve", true),
                List.of(new Field("approve", BOOL, 0, true), new Field("comment", TEXT, 4000, false)), false,
                "secretariat", foreignAssignments));
        List<Field> review = List.of(new Field("decision", ENUM, 0, true), new Field("comment", TEXT, 4000, false));
        all.add(new Endpoint("POST", assignment + "/review", id(b), json("decision", "RETURN", "comment", "Bổ sung"),
                review, false, "secretariat", foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/sign-off", id(b), json("decision", "ACCEPT"), review, false,
                "leader", foreignAssignments));
        all.add(new Endpoint("POST", assignment + "/overdue-review", id(a), json("decision", "URGE"),
                List.of(new Field("decision", ENUM, 0, true), new Field("newDeadline", DATE, 0, false),
                        new Field("comment", TEXT, 4000, false)), false, "leader", foreignAssignments));
        all.add(new Endpoint("POST", "/api/assignments/reassign", null,
                json("fromUnit", World.SO_A, "toUnit", World.SO_B, "reason", "Đổi", "assignmentIds", List.of(h)),
                List.of(new Field("fromUnit", CODE, 30, true), new Field("toUnit", CODE, 30, true),
                        new Field("reason", TEXT, 2000, false), new Field("assignmentIds", IDS, 10_000, false)), false,
                "secretariat", foreignAssignments));

        String query = "?government=" + gov;
        all.add(new Endpoint("POST", "/api/admin/governments", null, json("code", "X", "name", "Tỉnh X"),
                List.of(new Field("code", CODE, 20, true), new Field("name", TEXT, 200, true),
                        new Field("noticeSymbol", SYMBOL, 40, false)), false, "admin", List.of()));
        all.add(new Endpoint("PUT", "/api/admin/governments/{id}", gov, json("name", "Tỉnh thử"),
                List.of(new Field("name", TEXT, 200, false), new Field("noticeSymbol", SYMBOL, 40, false)), true,
                "admin", List.of("NOPE")));
        all.add(new Endpoint("POST", "/api/admin/units", null,
                json("governmentCode", gov, "code", "SO_Z", "name", "Sở Z", "kind", "DEPARTMENT"),
                List.of(new Field("governmentCode", CODE, 20, true), new Field("code", CODE, 30, true),
                        new Field("name", TEXT, 200, true), new Field("kind", ENUM, 0, true),
                        new Field("parentCode", CODE, 30, false), new Field("shortName", TEXT, 50, false)), false,
                "admin", List.of()));
        all.add(new Endpoint("PUT", "/api/admin/units/{id}" + query, "SO_C", json("name", "Sở C", "kind",
                "DEPARTMENT"), List.of(new Field("code", CODE, 30, false), new Field("name", TEXT, 200, true),
                new Field("kind", ENUM, 0, false), new Field("parentCode", CODE, 30, false),
                new Field("shortName", TEXT, 50, false)), true, "admin", List.of()));
        Map<String, Object> users = json("mode", "MOVE", "to", World.SO_A);
        String on = LocalDate.now().plusDays(1).toString();
        all.add(new Endpoint("POST", "/api/admin/units/{id}/end" + query, "SO_C",
                json("on", on, "successors", List.of(World.SO_A), "reason", "Sáp nhập", "users", users),
                List.of(new Field("on", DATE, 0, true), new Field("successors", CODES, 100, false),
                        new Field("assignments", ID_MAP, 0, false), new Field("reason", TEXT, 2000, false),
                        new Field("users", OBJECT, 0, false)), false, "admin", List.of()));
        // The day after today: every payload is refused (400 on on at least), so nothing merges.
        all.add(new Endpoint("POST", "/api/admin/governments/merge", null,
                json("into", gov, "from", "NOPE", "on", on, "unitMap", Map.of(World.SO_A, World.SO_B)),
                List.of(new Field("into", CODE, 20, true), new Field("from", CODE, 20, true),
                        new Field("on", DATE, 0, true), new Field("unitMap", OBJECT, 0, false)), false, "admin",
                List.of()));
        all.add(new Endpoint("POST", "/api/admin/units/merge" + query, null,
                json("into", World.SO_A, "from", List.of("SO_C"), "on", on, "reason", "Sáp nhập", "users", users),
                List.of(new Field("into", CODE, 30, true), new Field("from", CODES, 100, true),
                        new Field("on", DATE, 0, true), new Field("reason", TEXT, 2000, false),
                        new Field("users", OBJECT, 0, false)), false, "admin", List.of()));

        List<Field> userFields = List.of(new Field("displayName", TEXT, 120, true), new Field("email", CODE, 200,
                false), new Field("roles", CODES, 5, true), new Field("unitCode", CODE, 30, false));
        List<Field> newUser = new ArrayList<>(userFields);
        newUser.add(new Field("username", CODE, 60, true));
        newUser.add(new Field("password", TEXT, 72, true));
        newUser.add(new Field("governmentCode", CODE, 20, false));
        all.add(new Endpoint("POST", "/api/admin/users", null, json("username", gov.toLowerCase() + ".moi",
                "password", "Mat-khau-dai-9", "displayName", "Người mới", "roles", List.of("FOCAL_POINT"),
                "governmentCode", gov, "unitCode", World.SO_A), newUser, false, "admin", List.of()));
        String pwUser = gov.toLowerCase() + ".pw";
        List<Field> changeUser = new ArrayList<>(userFields);
        changeUser.add(new Field("enabled", BOOL, 0, false));
        all.add(new Endpoint("PUT", "/api/admin/users/{id}", pwUser, json("displayName", "Đầu mối",
                "roles", List.of("FOCAL_POINT"), "unitCode", World.SO_B), changeUser, true, "admin",
                List.of("nobody.here")));
        all.add(new Endpoint("POST", "/api/admin/users/{id}/password", pwUser, json(),
                List.of(new Field("password", TEXT, 72, false)), false, "admin", List.of("nobody.here")));
        all.add(new Endpoint("POST", "/api/admin/users/{id}/unlock", pwUser, null, List.of(), false, "admin",
                List.of("nobody.here")));
        List<Field> token = List.of(new Field("name", TEXT, 100, true), new Field("expiresAt", DATETIME, 0, true));
        Map<String, Object> tokenBody = json("name", "Cổng", "expiresAt", inAMonth());
        all.add(new Endpoint("POST", "/api/admin/users/{id}/tokens", pwUser, tokenBody, token, false, "admin",
                List.of("nobody.here")));
        all.add(new Endpoint("POST", "/api/me/tokens", null, tokenBody, token, false, "focal", List.of()));
        all.add(new Endpoint("DELETE", "/api/me/tokens/{id}", "1", null, List.of(), false, "focal", List.of()));
        all.add(new Endpoint("POST", "/api/me/password", null, json("currentPassword", Fixtures.PASSWORD,
                "newPassword", "Mat-khau-moi-9"), List.of(new Field("currentPassword", TEXT, 72, true),
                new Field("newPassword", TEXT, 72, true)), false, "pw", List.of()));
        all.add(new Endpoint("POST", "/api/me/substitutes", null, json("username",
                world.focalPoint(World.SO_B).username(), "from", on, "to", LocalDate.now().plusDays(5).toString()),
                List.of(new Field("username", CODE, 60, true), new Field("from", DATE, 0, true),
                        new Field("to", DATE, 0, true)), false, "focal", foreignCodes));
        all.add(new Endpoint("DELETE", "/api/me/substitutes/{id}", "1", null, List.of(), false, "focal", List.of()));
        all.add(new Endpoint("PUT", "/api/me/preferences", null, json("email", "a@b.vn", "language", "vi"),
                List.of(new Field("email", CODE, 200, false), new Field("language", CODE, 5, false),
                        new Field("choices", OBJECT, 0, false)), true, "focal", List.of()));
        all.add(new Endpoint("PUT", "/api/admin/webhook", null, json("url", "https://example.org/hook",
                "secret", "bi-mat", "enabled", false), List.of(new Field("url", CODE, 500, false),
                new Field("secret", TEXT, 200, false), new Field("enabled", BOOL, 0, false)), true, "govadmin",
                List.of()));
        all.add(new Endpoint("PUT", "/api/admin/calendar/{id}", "2031", json("year", 2031,
                "daysOff", List.of(json("date", "2031-09-02", "name", "Quốc khánh")), "workingDays", List.of()),
                List.of(new Field("year", INT, 0, false), new Field("daysOff", OBJECTS, 366, false),
                        new Field("daysOff/0/date", DATE, 0, true), new Field("daysOff/0/name", TEXT, 200, false),
                        new Field("workingDays", CODES, 366, false)), true, "admin", List.of("1899", "99999")));
        all.add(new Endpoint("POST", "/api/admin/clock", null, json("now", "2030-01-01T08:00:00+07:00"),
                List.of(new Field("now", DATETIME, 0, false)), false, "admin", List.of()));
        all.add(new Endpoint("POST", "/api/notifications/{id}/read", "1", null, List.of(), false, "focal",
                List.of()));
        all.add(new Endpoint("POST", "/api/admin/deliveries/{id}/retry", "1", null, List.of(), false, "admin",
                List.of()));
        all.add(new Endpoint("POST", "/api/admin/incidents/{id}/retry", "1", null, List.of(), false, "admin",
                List.of()));
        return all;
    }

    private static String inAMonth() {
        return OffsetDateTime.now().plusDays(30).withNano(0).toString();
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    private static Map<String, Object> draftBody() {
        LocalDate meeting = LocalDate.now().minusDays(2);
        return json("committee", "Ban Chỉ đạo chuyển đổi số", "meetingDate", meeting.toString(), "title",
                "Kết luận phiên họp", "directives", List.of(json("content", "Xây dựng kế hoạch", "leadUnit",
                        World.SO_A, "coordinatingUnits", List.of(World.HUYEN_A), "deadline",
                        meeting.plusDays(40).toString())));
    }
}
