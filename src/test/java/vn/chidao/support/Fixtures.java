package vn.chidao.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.NewGovernment;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.security.NewUser;
import vn.chidao.security.UserService;

/** Builds test data through the same services the API and the UI use. */
@Component
public class Fixtures {

    public static final String PASSWORD = "secret-pw";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationService organisation;
    private final UserService users;
    private final ConclusionService conclusions;
    private final AppClock clock;

    Fixtures(OrganisationService organisation, UserService users, ConclusionService conclusions, AppClock clock) {
        this.organisation = organisation;
        this.users = users;
        this.conclusions = conclusions;
        this.clock = clock;
    }

    /** The installation's administrator (created on the empty database at start-up). */
    public Actor admin() {
        return users.actorOf(UserService.ADMIN_USERNAME);
    }

    /** A fresh government with three units and a user of every role; codes are unique per call. */
    public World newWorld() {
        Actor admin = admin();
        String code = uniqueCode();
        GovernmentDto government = organisation.createGovernment(admin, new NewGovernment(code, "Tỉnh thử " + code));
        organisation.createUnit(admin, new NewUnit(code, World.SO_A, "Sở A", UnitKind.DEPARTMENT, null));
        organisation.createUnit(admin, new NewUnit(code, World.SO_B, "Sở B", UnitKind.DEPARTMENT, null));
        organisation.createUnit(admin, new NewUnit(code, World.HUYEN_A, "Huyện A", UnitKind.DISTRICT, null));
        String prefix = code.toLowerCase();
        Actor secretariat = user(admin, prefix + ".vp", Role.SECRETARIAT, code, null);
        Actor leader = user(admin, prefix + ".ld", Role.LEADER, code, null);
        Map<String, Actor> focalPoints = new HashMap<>();
        Map<String, Actor> unitHeads = new HashMap<>();
        for (String unit : List.of(World.SO_A, World.SO_B, World.HUYEN_A)) {
            String suffix = unit.toLowerCase().replace("_", "");
            focalPoints.put(unit, user(admin, prefix + ".dm." + suffix, Role.FOCAL_POINT, code, unit));
            unitHeads.put(unit, user(admin, prefix + ".lddv." + suffix, Role.UNIT_HEAD, code, unit));
        }
        return new World(government, admin, secretariat, leader, Map.copyOf(focalPoints), Map.copyOf(unitHeads));
    }

    /** Another user in a world's government, e.g. a second focal point of the same unit. */
    public Actor user(World world, String name, Role role, String unitCode) {
        return user(world.admin(), world.government().code().toLowerCase() + "." + name, role,
                world.government().code(), unitCode);
    }

    /** A draft with one directive: lead {@code SO_A}, coordinating {@code HUYEN_A}, due in 30 days (app clock). */
    public ConclusionDraft draft() {
        LocalDate meeting = LocalDate.now(clock).minusDays(2);
        return new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", meeting, "Kết luận phiên họp thứ 2",
                List.of(directive("Xây dựng kế hoạch chuyển đổi số", World.SO_A, List.of(World.HUYEN_A),
                        meeting.plusDays(32))));
    }

    public static DirectiveDraft directive(String content, String lead, List<String> coordinating, LocalDate deadline) {
        return new DirectiveDraft(content, lead, coordinating, deadline, deadline == null, false);
    }

    /** Drafts, submits and approves {@code draft}: the conclusion is issued and every assignment has started. */
    public ConclusionDetail issue(World world, ConclusionDraft draft) {
        ConclusionDetail created = conclusions.create(world.secretariat(), draft);
        conclusions.submit(world.secretariat(), created.id());
        return conclusions.approve(world.leader(), created.id(), null);
    }

    /** The assignment of {@code unitCode} in an issued conclusion's first directive. */
    public static long assignmentOf(ConclusionDetail conclusion, String unitCode) {
        return conclusion.directives().get(0).assignments().stream()
                .filter(a -> a.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AssertionError("No assignment for " + unitCode)).id();
    }

    private Actor user(Actor admin, String username, Role role, String governmentCode, String unitCode) {
        users.createUser(admin, new NewUser(username, PASSWORD, username, Set.of(role), governmentCode, unitCode, null));
        return users.actorOf(username);
    }

    private static String uniqueCode() {
        String stamp = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        return "T" + stamp.substring(Math.max(0, stamp.length() - 7)) + SEQUENCE.incrementAndGet();
    }
}
