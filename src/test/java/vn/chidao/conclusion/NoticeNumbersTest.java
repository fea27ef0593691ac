package vn.chidao.conclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.chidao.base.ConflictException;
import vn.chidao.organisation.GovernmentChange;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Notice numbers continue the issuing office's series (Decree 30/2020): one series per government and symbol and
 * calendar year; Chidao proposes the next one, a number typed by hand advances it, a number is unique within its
 * office and year.
 */
@ChidaoTest
class NoticeNumbersTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    TimeTravel time;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;
    @Autowired
    ConclusionRepository notices;
    @Autowired
    CommitteeRepository committees;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aNoticeAwaitingApprovalCarriesTheNextNumberOfItsOfficeAndOnlyThen() {
        World world = fixtures.newWorld();
        ConclusionDetail draft = conclusions.create(world.secretariat(), fixtures.draft());
        ConclusionDetail waiting = conclusions.submit(world.secretariat(), draft.id());

        assertThat(draft.proposedNumber()).isNull();
        assertThat(waiting.proposedNumber()).isEqualTo("1/TB-UBND");
        ConclusionDetail issued = conclusions.approve(world.leader(), waiting.id(), null);
        assertThat(issued.number()).isEqualTo("1/TB-UBND");
        assertThat(issued.proposedNumber()).isNull();
        assertThat(steps.submitted(world, fixtures.draft()).proposedNumber()).isEqualTo("2/TB-UBND");
    }

    @Test
    void aNumberTypedByHandAdvancesTheSeriesAndOtherSeriesDoNot() {
        World world = fixtures.newWorld();
        approve(world, "58/TB-UBND");
        approve(world, "7/TB-BCĐ");
        approve(world, "Số 90 ngày 12/3");

        ConclusionDetail waiting = steps.submitted(world, fixtures.draft());

        assertThat(waiting.proposedNumber()).isEqualTo("59/TB-UBND");
        assertThat(conclusions.approve(world.leader(), waiting.id(), " ").number()).isEqualTo("59/TB-UBND");
    }

    @Test
    void aNumberIsUniqueWithinItsOfficeAndYearWhateverItsCaseOrLeadingZeros() {
        World world = fixtures.newWorld();
        approve(world, "58/TB-UBND");
        long waiting = steps.submitted(world, fixtures.draft()).id();

        for (String taken : new String[] {"58/TB-UBND", "58/tb-ubnd", "058/TB-UBND", " 58 / TB-UBND "}) {
            assertThatThrownBy(() -> conclusions.approve(world.leader(), waiting, taken))
                    .as(taken).isInstanceOf(ConflictException.class);
        }
        assertThat(conclusions.get(world.leader(), waiting).status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
        assertThat(conclusions.approve(world.leader(), waiting, "58/TB-VPUBND").number()).isEqualTo("58/TB-VPUBND");
        World other = fixtures.newWorld();
        assertThat(approve(other, "58/TB-UBND").number()).as("another government's office").isEqualTo("58/TB-UBND");
    }

    @Test
    void aNewYearStartsTheSeriesAgainAndAllowsLastYearsNumbers() {
        World world = fixtures.newWorld();
        int year = steps.today().getYear();
        time.startAt(LocalDate.of(year, 12, 30), 9, 0);
        approve(world, "58/TB-UBND");

        time.startAt(LocalDate.of(year + 1, 1, 5), 9, 0);
        ConclusionDetail waiting = steps.submitted(world, fixtures.draft());

        assertThat(waiting.proposedNumber()).isEqualTo("1/TB-UBND");
        ConclusionDetail issued = conclusions.approve(world.leader(), waiting.id(), "58/TB-UBND");
        assertThat(issued.number()).isEqualTo("58/TB-UBND");
        assertThat(issued.issuedDate().getYear()).isEqualTo(year + 1);
    }

    @Test
    void aCommitteeThatIssuesItsOwnNoticesNumbersInItsOwnSeries() {
        World world = fixtures.newWorld();
        approve(world, "58/TB-UBND");
        CommitteeDto steering = committee(world, "Ban Chỉ đạo chuyển đổi số");

        CommitteeDto changed = conclusions.changeCommittee(world.secretariat(), steering.id(),
                new CommitteeChange(" TB-BCĐ "));

        assertThat(changed.noticeSymbol()).isEqualTo("TB-BCĐ");
        assertThat(steps.submitted(world, fixtures.draft()).proposedNumber()).isEqualTo("1/TB-BCĐ");
        ConclusionDetail other = steps.submitted(world, new ConclusionDraft("Ban Chỉ đạo cải cách hành chính",
                steps.today().minusDays(1), "Kết luận phiên họp",
                List.of(Drafts.due(steps.today().plusDays(30), World.SO_A))));
        assertThat(other.proposedNumber()).as("the government's office").isEqualTo("59/TB-UBND");

        conclusions.changeCommittee(world.secretariat(), steering.id(), new CommitteeChange(""));
        assertThat(committee(world, steering.name()).noticeSymbol()).isNull();
        assertThat(steps.submitted(world, fixtures.draft()).proposedNumber()).isEqualTo("59/TB-UBND");
    }

    @Test
    void theGovernmentsSymbolNamesItsOfficesSeries() {
        World world = fixtures.newWorld();
        approve(world, "58/TB-UBND");

        organisation.updateGovernment(fixtures.admin(), world.government().code(),
                new GovernmentChange(null, "TB-VPUBND"));

        assertThat(organisation.government(world.government().id()).noticeSymbol()).isEqualTo("TB-VPUBND");
        assertThat(steps.submitted(world, fixtures.draft()).proposedNumber()).isEqualTo("1/TB-VPUBND");
    }

    @Test
    void theDatabaseRefusesTheSameNumberTwiceInAGovernmentAndYearButNotInAnotherYear() {
        World world = fixtures.newWorld();
        long government = world.government().id();
        Committee committee = committees.save(new Committee(government, "Ban Chỉ đạo số " + government));
        LocalDate day = steps.today();
        notices.saveAndFlush(notice(government, committee, "12/TB-UBND", day));

        assertThatThrownBy(() -> notices.saveAndFlush(notice(government, committee, "012/tb-ubnd", day)))
                .isInstanceOf(DataIntegrityViolationException.class);
        notices.saveAndFlush(notice(government, committee, "12/TB-UBND", day.plusYears(1)));
    }

    @Test
    void numbersOfTheFormSequenceSlashSymbolAreRead() {
        assertThat(NoticeNumber.parse("59/TB-UBND")).contains(new NoticeNumber(59, "TB-UBND"));
        assertThat(NoticeNumber.parse(" 007 / TB/BCĐ ")).contains(new NoticeNumber(7, "TB/BCĐ"));
        assertThat(NoticeNumber.parse("TB-UBND")).isEmpty();
        assertThat(NoticeNumber.parse("59/")).isEmpty();
        assertThat(NoticeNumber.key("059/tb-ubnd")).isEqualTo(NoticeNumber.key("59/TB-UBND"));
        assertThat(NoticeNumber.key("Số 90")).isEqualTo("số 90");
    }

    private static Conclusion notice(long government, Committee committee, String number, LocalDate issued) {
        Conclusion conclusion = new Conclusion(government, "test", Instant.now());
        conclusion.describe(committee, "Thông báo " + number, issued.minusDays(2));
        conclusion.issue(number, issued.getYear(), null, issued);
        return conclusion;
    }

    private ConclusionDetail approve(World world, String number) {
        long id = steps.submitted(world, fixtures.draft()).id();
        return conclusions.approve(world.leader(), id, number);
    }

    private CommitteeDto committee(World world, String name) {
        return conclusions.committeeList(world.secretariat()).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }
}
