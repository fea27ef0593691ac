package vn.chidao.conclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Rules.invalidFields;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Every 400 of drafting and deciding on a conclusion names its field, and leaves nothing behind. */
@ChidaoTest
class ConclusionValidationTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;

    World world;
    LocalDate meeting;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        meeting = steps.today().minusDays(3);
    }

    @Test
    void aDirectiveWithoutContentIsRefused() {
        DirectiveDraft blank = new DirectiveDraft("  ", World.SO_A, List.of(), meeting.plusDays(5), false, false);

        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting, blank))))
                .containsExactly("directives[0].content");
    }

    @Test
    void anUnknownLeadUnitIsRefused() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting, Drafts.due(meeting.plusDays(5), "SO_X")))))
                .containsExactly("directives[0].leadUnit");
    }

    @Test
    void anUnknownCoordinatingUnitIsRefused() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting,
                Drafts.due(meeting.plusDays(5), World.SO_A), Drafts.due(meeting.plusDays(5), World.SO_B, "SO_X")))))
                .containsExactly("directives[1].coordinatingUnits");
    }

    @Test
    void aUnitOfAnotherGovernmentIsUnknownHere() {
        World other = fixtures.newWorld();
        organisation.createUnit(other.admin(),
                new NewUnit(other.government().code(), "SO_RIENG", "Sở riêng", UnitKind.DEPARTMENT, null));
        DirectiveDraft foreign = Drafts.due(meeting.plusDays(5), World.SO_A, "SO_RIENG");

        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting, foreign))))
                .containsExactly("directives[0].coordinatingUnits");
    }

    @Test
    void theLeadUnitCannotAlsoCoordinate() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting,
                Drafts.due(meeting.plusDays(5), World.SO_A, World.HUYEN_A, "so_a")))))
                .containsExactly("directives[0].coordinatingUnits");
    }

    @Test
    void aDeadlineBeforeTheMeetingIsRefusedButTheMeetingDayItselfIsAllowed() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting, Drafts.due(meeting.minusDays(1), World.SO_A)))))
                .containsExactly("directives[0].deadline");

        assertThat(create(Drafts.conclusion(meeting, Drafts.due(meeting, World.SO_A))).directives().get(0).deadline())
                .isEqualTo(meeting);
    }

    @Test
    void aDirectiveNeedsADeadlineUnlessItIsOngoingAndAnOngoingOneHasNone() {
        DirectiveDraft undated = new DirectiveDraft("Nhiệm vụ", World.SO_A, List.of(), null, false, false);
        DirectiveDraft ongoingWithDate = new DirectiveDraft("Nhiệm vụ", World.SO_A, List.of(), meeting, true, false);

        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting, undated, ongoingWithDate))))
                .containsExactly("directives[0].deadline", "directives[1].deadline");
    }

    @Test
    void aConclusionWithoutDirectivesIsRefused() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting)))).containsExactly("directives");
    }

    @Test
    void committeeTitleAndMeetingDateAreRequired() {
        ConclusionDraft empty = new ConclusionDraft(" ", null, "", List.of(Drafts.due(meeting, World.SO_A)));

        assertThat(invalidFields(() -> create(empty))).containsExactlyInAnyOrder("committee", "meetingDate", "title");
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        assertThat(invalidFields(() -> create(Drafts.conclusion(meeting,
                Drafts.due(meeting.minusDays(1), "SO_X"), Drafts.due(meeting, World.SO_B, World.SO_B)))))
                .containsExactly("directives[0].leadUnit", "directives[0].deadline",
                        "directives[1].coordinatingUnits");
    }

    @Test
    void aRefusedDraftLeavesNoConclusionAndNoNewCommittee() {
        invalidFields(() -> create(Drafts.conclusion(meeting, Drafts.due(meeting.plusDays(1), "SO_X"))));
        invalidFields(() -> create(Drafts.conclusion(meeting)));

        assertThat(conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(conclusions.committees(world.secretariat())).isEmpty();
    }

    @Test
    void aRefusedEditLeavesTheDraftAsItWas() {
        ConclusionDetail draft = conclusions.get(world.secretariat(), create(fixtures.draft()).id());

        invalidFields(() -> conclusions.update(world.secretariat(), draft.id(),
                Drafts.conclusion(meeting, Drafts.due(meeting.plusDays(1), "SO_X"))));

        ConclusionDetail after = conclusions.get(world.secretariat(), draft.id());
        assertThat(after.directives()).isEqualTo(draft.directives());
        assertThat(after.title()).isEqualTo(draft.title());
        assertThat(after.history()).isEqualTo(draft.history());
    }

    @Test
    void aLeaderMustSayWhyADraftIsRejected() {
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());

        assertThat(invalidFields(() -> conclusions.reject(world.leader(), submitted.id(), "  ")))
                .containsExactly("comment");
        assertThat(conclusions.get(world.leader(), submitted.id()).status())
                .isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    private ConclusionDetail create(ConclusionDraft draft) {
        return conclusions.create(world.secretariat(), draft);
    }
}
