package vn.chidao.security.matrix;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.delivery.DeliveryService;
import vn.chidao.delivery.WebhookInput;
import vn.chidao.delivery.WebhookService;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.GovernmentChange;
import vn.chidao.organisation.NewGovernment;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitChange;
import vn.chidao.security.NewToken;
import vn.chidao.security.NewUser;
import vn.chidao.security.SubstituteInput;
import vn.chidao.security.SubstituteService;
import vn.chidao.security.TokenService;
import vn.chidao.security.UserService;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * The matrix's world, built once: government 1 (a committee, units A and B with a focal point and a head each, the
 * secretariat, a leader, an administrator, and a deputy head of A standing in for A's focal point today) and
 * government 2 (unit C with its work). Every text of B's and of government 2 carries their markers ({@link Leaks}),
 * so an answer that carries them has leaked. Each caller signs in with a personal access token.
 */
final class MatrixWorld {

    /** What the services that build the world are. */
    record Services(Fixtures fixtures, Steps steps, OrganisationService organisation, UserService users,
                    TokenService tokens, SubstituteService substitutes, NotificationService notifications,
                    WebhookService webhooks, DeliveryService deliveries, TransactionTemplate transaction) {
    }

    final World first;
    final World second;
    final Side a;
    final Side b;
    final Side c;
    final Map<Who, Actor> people = new EnumMap<>(Who.class);
    final Map<Who, String> tokens = new EnumMap<>(Who.class);
    /** Per caller, someone of the same role (and unit) they may name as their substitute. */
    final Map<Who, String> candidates = new EnumMap<>(Who.class);
    final Actor secondAdmin;
    /** A user of A, of B and of government 2 for the administrators to change. */
    final Map<Scope, String> managedUsers = new EnumMap<>(Scope.class);

    private final Services services;
    private int tokenCount;
    private int substitutions;
    private int merging;

    MatrixWorld(Services services) {
        this.services = services;
        Fixtures fixtures = services.fixtures();
        first = fixtures.newWorld();
        second = fixtures.newWorld();
        a = new Side(first, World.SO_A, Leaks.OWN, Leaks.OWN + "-PRIVATE", Drafts.COMMITTEE);
        b = new Side(first, World.SO_B, Leaks.OTHER_UNIT_WORK, Leaks.OTHER_UNIT_PRIVATE, Drafts.COMMITTEE);
        c = new Side(second, World.SO_A, Leaks.OTHER_GOVERNMENT, Leaks.OTHER_GOVERNMENT,
                "Ban Chỉ đạo " + Leaks.OTHER_GOVERNMENT);
        markSecondGovernment();
        Actor root = fixtures.admin();
        String prefix = first.government().code().toLowerCase();
        services.users().createUser(root, new NewUser(prefix + ".qtht", Fixtures.PASSWORD, "Quản trị cài đặt",
                Set.of(Role.ADMIN), null, null, null));
        people.put(Who.INST_ADMIN, services.users().actorOf(prefix + ".qtht"));
        people.put(Who.GOV_ADMIN, fixtures.user(first, "qt", Role.ADMIN, null));
        people.put(Who.SECRETARIAT, first.secretariat());
        people.put(Who.LEADER, first.leader());
        people.put(Who.UNIT_HEAD, first.unitHead(World.SO_A));
        people.put(Who.FOCAL_POINT, first.focalPoint(World.SO_A));
        Actor deputy = fixtures.user(first, "pho.soa", Role.UNIT_HEAD, World.SO_A);
        secondAdmin = fixtures.user(second, "qt", Role.ADMIN, null);
        LocalDate today = services.steps().today();
        services.substitutes().name(first.focalPoint(World.SO_A),
                new SubstituteInput(deputy.username(), today, today.plusDays(60)));
        people.put(Who.SUBSTITUTE, services.users().actorOf(deputy.username()));
        candidates.put(Who.SECRETARIAT, fixtures.user(first, "vp2", Role.SECRETARIAT, null).username());
        candidates.put(Who.LEADER, fixtures.user(first, "ld2", Role.LEADER, null).username());
        candidates.put(Who.UNIT_HEAD, first.focalPoint(World.SO_A).username());
        candidates.put(Who.FOCAL_POINT, first.unitHead(World.SO_A).username());
        candidates.put(Who.SUBSTITUTE, first.focalPoint(World.SO_A).username());
        candidates.put(Who.GOV_ADMIN, first.secretariat().username());
        candidates.put(Who.INST_ADMIN, first.secretariat().username());
        managedUsers.put(Scope.OWN, fixtures.user(first, "dm2.soa", Role.FOCAL_POINT, World.SO_A).username());
        managedUsers.put(Scope.OTHER_UNIT, fixtures.user(first, "dm2.sob", Role.FOCAL_POINT, World.SO_B).username());
        managedUsers.put(Scope.OTHER_GOV, fixtures.user(second, "dm2.soa", Role.FOCAL_POINT, World.SO_A).username());
        people.forEach((who, actor) -> tokens.put(who, token(actor)));
        hooks();
        notes();
    }

    /** Government 2, its units and its notices' symbol say GAMMA, so its name in any answer shows. */
    private void markSecondGovernment() {
        Actor root = services.fixtures().admin();
        String code = second.government().code();
        services.organisation().updateGovernment(root, code,
                new GovernmentChange("Tỉnh " + Leaks.OTHER_GOVERNMENT + " " + code, "TB-" + Leaks.OTHER_GOVERNMENT));
        for (String unit : List.of(World.SO_A, World.SO_B, World.HUYEN_A)) {
            services.organisation().updateUnit(root, code, unit,
                    new UnitChange(null, "Đơn vị " + Leaks.OTHER_GOVERNMENT + " " + unit, null, null, null));
        }
    }

    /** Both governments send their notifications to a webhook: each notice is a delivery of its government. */
    private void hooks() {
        WebhookInput hook = new WebhookInput("http://127.0.0.1:9/matrix", "matrix-secret-0123456789", true);
        services.webhooks().put(people.get(Who.GOV_ADMIN), hook);
        services.webhooks().put(secondAdmin, hook);
    }

    /** A notification for each caller, and one for B's and for government 2's focal points, with their markers. */
    private void notes() {
        people.forEach((who, actor) -> note(first, actor, "Ghi chú " + Leaks.OWN + " cho " + who.label));
        note(first, b.focalPoint(), "Ghi chú " + Leaks.OTHER_UNIT_PRIVATE);
        note(second, c.focalPoint(), "Ghi chú " + Leaks.OTHER_GOVERNMENT);
    }

    private void note(World world, Actor to, String text) {
        services.transaction().executeWithoutResult(status -> services.notifications().notify(
                world.government().id(), List.of(to.username()), NotificationKind.LEADER_ACTION, null, text));
    }

    /** A token for {@code actor} to call with, valid for a month. */
    private String token(Actor actor) {
        return services.tokens().create(actor, new NewToken("ma trận " + (++tokenCount), OffsetDateTime.now()
                .plusDays(30))).token();
    }

    /** A token of {@code actor}, by id, to revoke. */
    long tokenId(Actor actor) {
        return services.tokens().create(actor, new NewToken("thu hồi " + (++tokenCount), OffsetDateTime.now()
                .plusDays(30))).id();
    }

    /** A substitution {@code actor} sets for days far ahead, by id. */
    long substitution(Actor actor, String substitute) {
        LocalDate from = services.steps().today().plusDays(400 + 3L * (++substitutions));
        return services.substitutes().name(actor, new SubstituteInput(substitute, from, from.plusDays(1))).id();
    }

    /** Two new governments without units, the second to merge into the first: their codes. */
    List<String> governmentsToMerge() {
        Actor admin = services.fixtures().admin();
        String prefix = first.government().code() + "S";
        return List.of(++merging, ++merging).stream().map(n -> services.organisation().createGovernment(admin,
                new NewGovernment(prefix + n, "Tỉnh sáp nhập " + n)).code()).toList();
    }

    /** The latest notification of a person, by id. */
    long notificationOf(Actor actor) {
        return services.notifications().mine(actor, PageRequest.of(0, 1)).getContent().get(0).id();
    }

    /** A delivery of the administrator's government, by id. */
    long deliveryOf(Actor admin) {
        return services.deliveries().page(admin, null, PageRequest.of(0, 1)).getContent().get(0).id();
    }

    Actor actor(Who who) {
        return people.get(who);
    }
}
