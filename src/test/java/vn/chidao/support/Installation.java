package vn.chidao.support;

import static vn.chidao.support.ApiClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chidao.security.UserService;

/**
 * A government set up over the API of an empty installation, as its administrator would with curl (docs/api.md,
 * "the whole path"): {@code units} departments {@code U1}…, a secretariat, a leader and one focal point per unit, all
 * with the password {@link Fixtures#PASSWORD}; and conclusions of many directives drafted, submitted and approved
 * through the same API. For tests whose application runs in another JVM ({@link ChildNode}), where the services
 * cannot be called.
 */
public final class Installation {

    /** The first administrator's password in the test profile (application-test.yml). */
    public static final String ADMIN_PASSWORD = "test-admin";
    public static final String SECRETARIAT = "vp";
    public static final String LEADER = "ld";

    private final ApiClient api;
    private final String government;
    private final List<String> units;

    private Installation(ApiClient api, String government, List<String> units) {
        this.api = api;
        this.government = government;
        this.units = units;
    }

    /** Creates the government {@code code} with {@code unitCount} units and their users on the node at {@code port}. */
    public static Installation create(int port, String code, int unitCount) {
        ApiClient admin = ApiClient.on(port).as(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);
        admin.post("/api/admin/governments", json("code", code, "name", "Tỉnh " + code)).expect(201);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= unitCount; i++) {
            String unit = "U" + i;
            admin.post("/api/admin/units", json("governmentCode", code, "code", unit, "name", "Sở số " + i,
                    "kind", "DEPARTMENT")).expect(201);
            user(admin, code, focalPoint(code, unit), "FOCAL_POINT", unit);
            units.add(unit);
        }
        user(admin, code, code + "." + SECRETARIAT, "SECRETARIAT", null);
        user(admin, code, code + "." + LEADER, "LEADER", null);
        return new Installation(ApiClient.on(port), code, units);
    }

    private static void user(ApiClient admin, String government, String username, String role, String unit) {
        admin.post("/api/admin/users", json("username", username, "password", Fixtures.PASSWORD,
                "displayName", username, "roles", List.of(role), "governmentCode", government,
                "unitCode", unit)).expect(201);
    }

    public static String focalPoint(String government, String unit) {
        return government + ".dm." + unit.toLowerCase();
    }

    public ApiClient secretariat() {
        return api.as(government + "." + SECRETARIAT);
    }

    public ApiClient leader() {
        return api.as(government + "." + LEADER);
    }

    public ApiClient focalPoint(String unit) {
        return api.as(focalPoint(government, unit));
    }

    public List<String> units() {
        return units;
    }

    /**
     * A conclusion awaiting approval: {@code directives} directives, each led by one unit with the next two units
     * coordinating (so {@code directives} × 3 assignments once approved), due {@code workingDays} working days after
     * its issue; its id.
     */
    public long submitted(String title, int directives, int workingDays) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < directives; i++) {
            list.add(json("content", title + ", nhiệm vụ " + (i + 1), "leadUnit", unit(i),
                    "coordinatingUnits", List.of(unit(i + 1), unit(i + 2)), "deadlineWorkingDays", workingDays));
        }
        long id = secretariat().post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2026-01-05", "title", title, "directives", list)).expect(201).path("id").asLong();
        secretariat().post("/api/conclusions/" + id + "/submit").expect(200);
        return id;
    }

    /** The leader approves with the proposed number; the reply. */
    public ApiClient.Reply approve(long conclusion) {
        return leader().post("/api/conclusions/" + conclusion + "/approve", json());
    }

    /** The installation administrator moves the clock to {@code isoDateTime} (with offset); the reply's body. */
    public ApiClient.Reply moveClock(String isoDateTime) {
        return api.as(UserService.ADMIN_USERNAME, ADMIN_PASSWORD).post("/api/admin/clock", json("now", isoDateTime));
    }

    private String unit(int index) {
        return units.get(index % units.size());
    }
}
