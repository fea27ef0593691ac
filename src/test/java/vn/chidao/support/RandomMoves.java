package vn.chidao.support;

import java.time.LocalDate;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.extension.ExtensionDecision;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;

/**
 * One plausible move on an assignment by whoever's turn it is (its unit, the secretariat, the leader), chosen at
 * random, for the tests that replay months of work and compare what the screens say (the dashboard's rollup, the
 * overdue rule). A move the state or the calendar refuses changes nothing.
 */
@Component
public class RandomMoves {

    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final Steps steps;

    RandomMoves(AssignmentService assignments, ExtensionService extensions, Steps steps) {
        this.assignments = assignments;
        this.extensions = extensions;
        this.steps = steps;
    }

    public void act(World world, long id, Random random) {
        AssignmentDetail a = assignments.get(world.secretariat(), id);
        Actor focal = world.focalPoint(a.unitCode());
        try {
            switch (a.status()) {
                case ASSIGNED -> assignments.acknowledge(focal, id);
                case IN_PROGRESS -> {
                    if (a.deadline() != null && a.pendingExtension() == null && random.nextInt(4) == 0) {
                        LocalDate from = a.deadline().isAfter(steps.today()) ? a.deadline() : steps.today();
                        extensions.request(focal, id, new ExtensionInput(from.plusDays(5 + random.nextInt(30)),
                                "Cần thêm thời gian"));
                    } else if (a.role() == AssignmentRole.COORDINATE) {
                        assignments.contribute(focal, id, new ContributionInput("Ý kiến"));
                    } else {
                        assignments.report(focal, id, new CompletionReport("Báo cáo"));
                    }
                }
                case AWAITING_REVIEW -> assignments.review(world.secretariat(), id,
                        random.nextBoolean() ? Steps.accept() : Steps.giveBack("Bổ sung"));
                case AWAITING_SIGN_OFF -> assignments.signOff(world.leader(), id,
                        random.nextBoolean() ? Steps.accept() : Steps.giveBack("Làm rõ"));
                default -> {
                }
            }
            AssignmentDetail now = assignments.get(world.secretariat(), id);
            if (now.pendingExtension() != null && random.nextBoolean()) {
                extensions.decide(world.secretariat(), id, new ExtensionDecision(random.nextBoolean(), "Ý kiến"));
            }
        } catch (DomainException refused) {
            // an extension to a day off, say: the move is refused and changes nothing
        }
    }
}
