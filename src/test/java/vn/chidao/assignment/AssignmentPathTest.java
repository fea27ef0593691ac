package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

@ChidaoTest
class AssignmentPathTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AssignmentService assignments;

    @Test
    void aReportAcceptedBeforeTheDeadlineIsDoneOnTime() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long id = Fixtures.assignmentOf(issued, World.SO_A);

        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Đã ban hành kế hoạch"));
        AssignmentDetail done = assignments.review(world.secretariat(), id,
                new ReviewDecision(ReviewDecision.Decision.ACCEPT, null));

        assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(done.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
        assertThat(done.history()).extracting("action")
                .containsExactly("ASSIGNED", "ACKNOWLEDGED", "REPORTED", "ACCEPTED");
    }
}
