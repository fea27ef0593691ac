package vn.chidao.security.matrix;

import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.document.IncomingFile;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.World;

/**
 * Finds the object of a call: unit A's, B's or government 2's, of the kind the call acts on. Objects only read, or
 * acted on by someone refused, are made once and shared; a call that succeeds and uses its object up (a review, an
 * approval, a revoked token) gets a fresh one.
 */
final class Targets {

    /** What kind of object a call names. */
    enum Kind {
        NONE, ASSIGNED, IN_PROGRESS, COORDINATING, AWAITING_REVIEW, AWAITING_SIGN_OFF, EXTENSION_PENDING,
        OVERDUE_REVIEW, ISSUED, DRAFT, AWAITING_APPROVAL, DATED_DIRECTIVE, ONGOING_DIRECTIVE, COMMITTEE,
        NOTIFICATION, TOKEN, SUBSTITUTION, USER, GOVERNMENT, UNIT, DELIVERY, ATTACHMENT
    }

    private record Key(Kind kind, Scope scope, Who who) {
    }

    private final MatrixWorld world;
    private final Work work;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final Map<Key, Target> shared = new HashMap<>();
    private final Map<Side, Work.Shared> sharedOf = new HashMap<>();
    private int made;

    private final AssignmentService assignments;

    Targets(MatrixWorld world, Work work, ConclusionService conclusions, OrganisationService organisation,
            AssignmentService assignments) {
        this.assignments = assignments;
        this.world = world;
        this.work = work;
        this.conclusions = conclusions;
        this.organisation = organisation;
    }

    /**
     * Makes every shared object at once, before any call: a list answers the same whichever call comes first, and a
     * leak check of a list reads every side's work.
     */
    void prepare() {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.NONE && kind != Kind.TOKEN && kind != Kind.SUBSTITUTION) {
                for (Scope scope : Scope.TRIPLE) {
                    of(kind, scope, null, false);
                }
            }
        }
    }

    Target of(Kind kind, Scope scope, Who who, boolean fresh) {
        if (kind == Kind.NONE) {
            return Target.NONE;
        }
        // Only the caller's own notifications, tokens and substitutions depend on who calls.
        Who owner = who != null && scope == Scope.OWN && (kind == Kind.NOTIFICATION || kind == Kind.TOKEN
                || kind == Kind.SUBSTITUTION) ? who : null;
        if (fresh) {
            return make(kind, scope, owner, true);
        }
        return shared.computeIfAbsent(new Key(kind, scope, owner), key -> make(kind, scope, key.who(), false));
    }

    private Target make(Kind kind, Scope scope, Who owner, boolean fresh) {
        Side side = switch (scope) {
            case OWN -> world.a;
            case OTHER_UNIT -> world.b;
            default -> world.c;
        };
        Actor someone = owner == null ? side.focalPoint() : world.actor(owner);
        return switch (kind) {
            case ASSIGNED, IN_PROGRESS, COORDINATING, AWAITING_REVIEW, AWAITING_SIGN_OFF, EXTENSION_PENDING,
                    OVERDUE_REVIEW -> {
                Work.Step step = Work.Step.valueOf(kind.name());
                yield Target.of(fresh ? work.assignment(side, step) : shared(side).assignments().get(step));
            }
            case ISSUED -> Target.of(fresh ? work.issued(side).id() : shared(side).conclusion());
            case DATED_DIRECTIVE -> Target.of(fresh ? work.datedDirective(side) : shared(side).datedDirective());
            case ONGOING_DIRECTIVE -> Target.of(fresh ? work.ongoingDirective(side) : shared(side).ongoingDirective());
            case DRAFT -> Target.of(work.draft(side));
            case AWAITING_APPROVAL -> Target.of(work.awaitingApproval(side));
            case COMMITTEE -> {
                work.draft(side); // a committee comes with its first notice
                yield Target.of(conclusions.committee(side.secretariat(), side.committee(), "committee").id());
            }
            case NOTIFICATION -> Target.of(world.notificationOf(someone));
            case TOKEN -> Target.of(world.tokenId(someone));
            case SUBSTITUTION -> Target.of(world.substitution(someone, owner == null
                    ? side.world().unitHead(side.unit()).username() : world.candidates.get(owner)));
            case USER -> Target.of(world.managedUsers.get(scope));
            case GOVERNMENT -> Target.of(side.world().government().code());
            case UNIT -> fresh ? newUnit(side.world()) : unit(side.world(), side.unit());
            case DELIVERY -> Target.of(world.deliveryOf(scope == Scope.OTHER_GOV ? world.secondAdmin
                    : world.actor(Who.GOV_ADMIN)));
            case ATTACHMENT -> {
                long assignment = shared(side).assignments().get(Work.Step.IN_PROGRESS);
                yield Target.of(assignments.attach(side.focalPoint(), assignment, new IncomingFile("bao-cao.pdf",
                        new ByteArrayResource(SampleFiles.pdf("Bao cao " + side.unit())))).id());
            }
            case NONE -> Target.NONE;
        };
    }

    /** The side's shared work: one notice with an assignment at each step, made the first time it is asked for. */
    private Work.Shared shared(Side side) {
        return sharedOf.computeIfAbsent(side, work::shared);
    }

    /** A commune of its own for a call that ends it. */
    private Target newUnit(World government) {
        String code = "XA_KT_" + (++made);
        organisation.createUnit(world.actor(Who.INST_ADMIN), new NewUnit(government.government().code(), code,
                "Xã sẽ kết thúc " + made, UnitKind.COMMUNE, null));
        return unit(government, code);
    }

    private Target unit(World government, String code) {
        String name = organisation.findUnit(government.government().id(), code).orElseThrow().name();
        return new Target(code, government.government().code(), name);
    }
}
