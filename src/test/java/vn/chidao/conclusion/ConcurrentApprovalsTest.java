package vn.chidao.conclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Race;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Two leaders deciding at the same moment, on real threads released together. */
@ChidaoTest
class ConcurrentApprovalsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    ConclusionService conclusions;

    @Test
    void twoLeadersApprovingTwoConclusionsAtOnceBothSucceedWithConsecutiveNumbers() throws Exception {
        World world = fixtures.newWorld();
        Actor otherLeader = fixtures.user(world, "ld2", Role.LEADER, null);
        long first = steps.submitted(world, fixtures.draft()).id();
        long second = steps.submitted(world, fixtures.draft()).id();

        List<Race.Outcome> outcomes = Race.run(() -> conclusions.approve(world.leader(), first, null),
                () -> conclusions.approve(otherLeader, second, null));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("error of a racer").isNull());
        assertThat(List.of(conclusions.get(world.leader(), first).number(),
                conclusions.get(world.leader(), second).number()))
                .containsExactlyInAnyOrder("1/TB-UBND", "2/TB-UBND");
    }

    @Test
    void twoLeadersGivingTwoConclusionsTheSameNumberAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        World world = fixtures.newWorld();
        Actor otherLeader = fixtures.user(world, "ld2", Role.LEADER, null);
        long first = steps.submitted(world, fixtures.draft()).id();
        long second = steps.submitted(world, fixtures.draft()).id();

        List<Race.Outcome> outcomes = Race.run(() -> conclusions.approve(world.leader(), first, "7/TB-UBND"),
                () -> conclusions.approve(otherLeader, second, "7/TB-UBND"));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(ConflictException.class));
        assertThat(List.of(conclusions.get(world.leader(), first).status(),
                conclusions.get(world.leader(), second).status()))
                .containsExactlyInAnyOrder(ConclusionStatus.ISSUED, ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void twoLeadersApprovingTheSameConclusionAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        World world = fixtures.newWorld();
        Actor otherLeader = fixtures.user(world, "ld2", Role.LEADER, null);
        long id = steps.submitted(world, fixtures.draft()).id();

        List<Race.Outcome> outcomes = Race.run(() -> conclusions.approve(world.leader(), id, null),
                () -> conclusions.approve(otherLeader, id, null));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(ConflictException.class));
        ConclusionDetail issued = conclusions.get(world.leader(), id);
        assertThat(issued.number()).isEqualTo("1/TB-UBND");
        assertThat(issued.history()).filteredOn(e -> e.action().equals("APPROVED")).hasSize(1);
        assertThat(issued.directives().get(0).assignments()).hasSize(2);
    }
}
