package vn.chidao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.assignment.AssignmentAction;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.assignment.ProgressUpdate;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.AssignmentSummary;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionFilter;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.ConclusionStatus;
import vn.chidao.conclusion.ConclusionSummary;
import vn.chidao.dashboard.DashboardService;
import vn.chidao.dashboard.EndedUnits;
import vn.chidao.dashboard.UnitSplit;
import vn.chidao.inbox.InboxService;
import vn.chidao.inbox.TaskItem;
import vn.chidao.inbox.TaskKind;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.security.UserService;
import vn.chidao.support.ChidaoTest;

/**
 * Loads the real seed files through the loader's entry point. The database is shared with the other tests
 * (and, on PostgreSQL, may hold an earlier run), so each run loads copies under fresh government codes
 * ({@code QNI} becomes {@code QNI-<tag>}, {@code qni.vanphong} becomes {@code qni-<tag>.vanphong}).
 */
@ChidaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoLoaderTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    DemoLoader loader;
    @Autowired
    SeedReader reader;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserService users;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    InboxService inbox;
    @Autowired
    NotificationService notifications;
    @Autowired
    DashboardService dashboard;
    @Autowired
    AppClock clock;
    @Autowired
    DemoLoading loading;

    private List<SeedFile> seeds;
    private List<DemoLoader.Outcome> outcomes;

    @BeforeAll
    void loadTheSeedsOnce() {
        String tag = tag();   // one tag for all: a government merge names an earlier file's government
        seeds = reader.read().stream().map(seed -> renamed(seed, tag)).toList();
        outcomes = loader.load(seeds);
    }

    @Test
    void createsTheSevenGovernments() {
        assertThat(outcomes).allMatch(DemoLoader.Outcome::loaded).hasSize(7);
        assertThat(loading.active()).as("held back while loading, free afterwards").isFalse();
        assertThat(seeds).allSatisfy(seed ->
                assertThat(organisation.findGovernment(seed.government().code())).isPresent());
        long quangNinh = organisation.findGovernment(seeds.get(0).government().code()).orElseThrow().id();
        assertThat(organisation.unitsOf(quangNinh)).extracting(UnitDto::code, UnitDto::shortName)
                .contains(tuple("STTTT", "Sở TT&TT"), tuple("SYT", "Sở Y tế"), tuple("HALONG", "TP Hạ Long"),
                        tuple("SKHCN", "Sở KH&CN"), tuple("PHALONG", "Phường Hạ Long"));
    }

    @Test
    void leavesEachConclusionInTheStateItsFileDeclares() {
        assertThat(statuses("QNI")).containsExactlyInAnyOrder(ConclusionStatus.ISSUED, ConclusionStatus.DRAFT);
        assertThat(statuses("BKN")).containsExactly(ConclusionStatus.ISSUED);
        assertThat(statuses("HPG")).containsExactly(ConclusionStatus.ISSUED);
        assertThat(statuses("HNI")).containsExactly(ConclusionStatus.AWAITING_APPROVAL);
        assertThat(statuses("HUE")).containsExactly(ConclusionStatus.DRAFT);
        assertThat(inbox.count(actor("HNI", "lanhdao"), Set.of(TaskKind.APPROVE_CONCLUSION))).isEqualTo(1);
        assertThat(inbox.count(actor("HUE", "vanphong"), Set.of(TaskKind.REVISE_CONCLUSION))).isEqualTo(1);
    }

    @Test
    void assignmentsCoverEveryStatusAndEveryTimeliness() {
        Map<Long, Actor> offices = seeds.stream().map(seed -> actor(seed, "vanphong"))   // one per standing government:
                .collect(Collectors.toMap(Actor::governmentId, a -> a, (a, b) -> a));    // a merged one's office is the receiving one's
        List<AssignmentRow> rows = offices.values().stream()
                .flatMap(office -> register.page(office, AssignmentFilter.all(),
                        PageRequest.of(0, 1000)).getContent().stream())
                .toList();

        assertThat(rows).extracting(AssignmentRow::status).containsAll(EnumSet.allOf(AssignmentStatus.class));
        assertThat(rows).extracting(AssignmentRow::timeliness).containsAll(EnumSet.allOf(Timeliness.class));
        assertThat(outcomes.stream().mapToInt(DemoLoader.Outcome::assignments).sum()).isEqualTo(rows.size());
    }

    @Test
    void historyKeepsTheDatesOfTheArticles() {
        ConclusionSummary bacKan = conclusions.page(actor("BKN", "vanphong"), ConclusionFilter.all(),
                PageRequest.of(0, 10)).getContent().get(0);

        assertThat(bacKan.meetingDate()).hasToString("2022-06-15");
        assertThat(bacKan.issuedDate()).hasToString("2022-06-20");
        assertThat(bacKan.number()).isEqualTo("126/TB-UBND");
        assertThat(conclusions.get(actor("BKN", "vanphong"), bacKan.id()).history())
                .extracting(entry -> entry.at().getYear()).containsOnly(2022, 2023);
    }

    @Test
    void theTimersOfTheProcessesRanOnTheirOwnDates() {
        List<NotificationDto> stttt = notifications.mine(actor("BKN", "stttt"), PageRequest.of(0, 200)).getContent();
        assertThat(stttt).extracting(NotificationDto::kind).contains(NotificationKind.REMINDER, NotificationKind.OVERDUE);
        assertThat(stttt).allSatisfy(n -> assertThat(n.at().getYear()).isBetween(2022, 2023));

        List<NotificationDto> leader = notifications.mine(actor("BKN", "lanhdao"), PageRequest.of(0, 200)).getContent();
        assertThat(leader).filteredOn(n -> n.kind() == NotificationKind.ESCALATION)
                .allSatisfy(n -> assertThat(n.at().getYear()).isBetween(2022, 2023))
                .anySatisfy(n -> assertThat(n.at().toLocalDate()).isBetween(LocalDate.of(2022, 9, 1),
                        LocalDate.of(2022, 9, 30)));
        AssignmentDetail lateDistrict = detail("BKN", "NGANSON", 1);
        assertThat(lateDistrict.history()).extracting(HistoryEntry::action)
                .containsSubsequence("ASSIGNED", "ACKNOWLEDGED", "OVERDUE", "ESCALATED", "CONTRIBUTED");
        assertThat(lateDistrict.timeliness()).isEqualTo(Timeliness.DONE_LATE);
    }

    @Test
    void aLeaderHasOverdueWorkToAnswerAndAResultToSignOff() {
        Actor leader = actor("QNI", "lanhdao");

        assertThat(inbox.count(leader, Set.of(TaskKind.OVERDUE_REVIEW))).isPositive();
        assertThat(inbox.count(leader, Set.of(TaskKind.SIGN_OFF))).isEqualTo(1);
        assertThat(notifications.mine(leader, PageRequest.of(0, 50)).getContent())
                .extracting(NotificationDto::kind).contains(NotificationKind.ESCALATION);
        AssignmentDetail overdue = detail("QNI", "PHALONG", 5);
        assertThat(overdue.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
        assertThat(overdue.actions()).doesNotContain(AssignmentAction.OVERDUE_REVIEW);
        assertThat(assignments.get(leader, overdue.id()).actions()).contains(AssignmentAction.OVERDUE_REVIEW);
        assertThat(detail("QNI", "SKHCN", 1).status()).isEqualTo(AssignmentStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void anExtensionRequestWaitsForTheOfficeAndAGrantedOneKeepsTheOriginalDeadline() {
        assertThat(inbox.count(actor("QNI", "vanphong"), Set.of(TaskKind.DECIDE_EXTENSION))).isEqualTo(1);
        AssignmentDetail pending = detail("QNI", "SKHCN", 4);
        assertThat(pending.pendingExtension()).isNotNull();
        assertThat(pending.history()).extracting(HistoryEntry::action).contains("RETURNED", "EXTENSION_REQUESTED");

        AssignmentDetail granted = detail("HPG", "STTTT", 4);
        assertThat(granted.originalDeadline()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(granted.deadline()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(granted.extensions()).extracting(ExtensionView::status).containsExactly(ExtensionStatus.APPROVED);
        assertThat(granted.history()).extracting(HistoryEntry::action)
                .containsSubsequence("EXTENSION_APPROVED", "SIGN_OFF_RETURNED", "SIGNED_OFF");
        assertThat(granted.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
    }

    @Test
    void ongoingDirectivesReportEveryPeriodAndOneReportIsLate() {
        AssignmentDetail weekly = detail("QNI", "SKHCN", 6);
        assertThat(Period.parse(weekly.reportEvery())).isEqualTo(Period.ofWeeks(1));
        assertThat(weekly.periods()).filteredOn(p -> p.reportedAt() != null).hasSize(3)
                .filteredOn(PeriodicReportView::overdue).hasSize(1);
        assertThat(weekly.periods()).last().satisfies(open -> {
            assertThat(open.reportedAt()).isNull();
            assertThat(open.overdue()).isFalse();
        });
        assertThat(weekly.history()).extracting(HistoryEntry::action).contains("PERIOD_MISSED");

        AssignmentDetail halfYearly = detail("HPG", "STTTT", 5);
        assertThat(halfYearly.periods()).filteredOn(p -> p.reportedAt() != null).hasSize(4)
                .filteredOn(PeriodicReportView::overdue).hasSize(1);
    }

    @Test
    void directivesAreCancelledAndClosedWithTheirHistory() {
        ConclusionDetail haiPhong = issued("HPG");
        assertThat(haiPhong.directives().get(5).cancelled()).isTrue();
        assertThat(haiPhong.directives().get(5).assignments()).extracting(AssignmentSummary::status)
                .containsOnly(AssignmentStatus.CANCELLED.name());
        assertThat(haiPhong.directives().get(4).closed()).isTrue();
        assertThat(issued("BKN").directives()).filteredOn(ConclusionDetail.DirectiveDetail::closed).hasSize(2);
        assertThat(haiPhong.history()).extracting(HistoryEntry::action)
                .contains("DIRECTIVE_CANCELLED", "DIRECTIVE_CLOSED");
    }

    @Test
    void aCommitteeWithAChairEscalatesToTheChairAlone() {
        Actor chair = actor("HPG", "chutich");
        assertThat(issued("HPG").committeeChair()).isEqualTo(chair.username());
        assertThat(notifications.mine(chair, PageRequest.of(0, 50)).getContent())
                .filteredOn(n -> n.kind() == NotificationKind.ESCALATION).isNotEmpty()
                .allSatisfy(n -> assertThat(n.at().getYear()).isBetween(2022, 2023));
        assertThat(notifications.mine(actor("HPG", "lanhdao"), PageRequest.of(0, 50)).getContent())
                .extracting(NotificationDto::kind).doesNotContain(NotificationKind.ESCALATION);
    }

    @Test
    void seededPeopleHaveWorkWaiting() {
        assertThat(inbox.tasks(actor("QNI", "stttt"), Set.of(), PageRequest.of(0, 20))).isNotEmpty();
        assertThat(inbox.count(actor("QNI", "vanphong"), Set.of(TaskKind.REVIEW))).isPositive();
    }

    @Test
    void theReadmeWalkThroughWorksInQuangNinh() {
        SeedFile quangNinh = renamed(reader.read().get(0), tag());
        loader.load(List.of(quangNinh));
        Actor office = actor(quangNinh, "vanphong");
        Actor leader = actor(quangNinh, "lanhdao");
        Actor stttt = actor(quangNinh, "stttt");

        long draft = conclusions.page(office, new ConclusionFilter(ConclusionStatus.DRAFT, null), PageRequest.of(0, 5))
                .getContent().get(0).id();
        conclusions.submit(office, draft);
        assertThat(inbox.count(leader, Set.of(TaskKind.APPROVE_CONCLUSION))).isEqualTo(1);
        ConclusionDetail issued = conclusions.approve(leader, draft, null);
        long id = issued.directives().get(0).assignments().stream().filter(a -> a.unitCode().equals("SKHCN"))
                .findFirst().orElseThrow().id();
        assertThat(inbox.tasks(stttt, Set.of(TaskKind.ACKNOWLEDGE), PageRequest.of(0, 50)).getContent())
                .extracting(TaskItem::assignmentId).contains(id);
        assignments.acknowledge(stttt, id);
        assignments.progress(stttt, id, new ProgressUpdate(60, "Đã đánh giá hạ tầng viễn thông."));
        assignments.report(stttt, id, new CompletionReport("Đã hoàn thành đánh giá chi tiết hiện trạng."));
        assertThat(inbox.tasks(office, Set.of(TaskKind.REVIEW), PageRequest.of(0, 50)).getContent())
                .extracting(TaskItem::assignmentId).contains(id);
        assignments.review(office, id, new ReviewDecision(ReviewDecision.Decision.ACCEPT, null));

        assertThat(assignments.get(office, id).timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
    }

    @Test
    void theUnitsOfTodayFollowThe2025Reorganisation() {
        assertThat(outcomes).extracting(DemoLoader.Outcome::changes).containsExactly(3, 11, 10, 7, 11, 1, 4);
        Map<String, UnitDto> bacKan = units("BKN");   // Thái Nguyên's now, Bắc Kạn's among them
        String bacKanSkhcn = code("BKN") + "-SKHCN";  // ended into Thái Nguyên's, it keeps its records under this code
        assertThat(bacKan.get("STTTT")).satisfies(unit -> {
            assertThat(unit.validTo()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(unit.successors()).containsExactly(bacKanSkhcn);
        });
        assertThat(bacKan.get(bacKanSkhcn)).satisfies(unit -> {
            assertThat(unit.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(unit.successors()).containsExactly("SKHCN");
        });
        assertThat(bacKan.get("BABE")).satisfies(unit -> {
            assertThat(unit.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(unit.successors()).containsExactly("XBABE", "XCHORA");
        });
        assertThat(bacKan.get("XBABE").validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(bacKan.get("SNNMT").validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(bacKan.get("SKHCN")).satisfies(unit -> {
            assertThat(unit.validFrom()).isNull();
            assertThat(unit.isEnded()).isFalse();
        });
        for (SeedFile seed : seeds) {
            Map<String, UnitDto> units = units(seed.government().code().substring(0, 3));
            assertThat(units.values()).as(seed.file()).filteredOn(u -> u.kind() == UnitKind.DISTRICT)
                    .isNotEmpty().allSatisfy(u -> assertThat(u.validTo()).isEqualTo(LocalDate.of(2025, 7, 1)));
            assertThat(units).as(seed.file()).containsKey("STTTT");
            assertThat(today(units, "STTTT")).as(seed.file()).isEqualTo("SKHCN");
        }
    }

    @Test
    void theUsersOfAnEndedUnitWorkForItsFirstSuccessor() {
        assertThat(actor("QNI", "stttt").unitCode()).isEqualTo("SKHCN");
        assertThat(actor("QNI", "stttt.truong").unitCode()).isEqualTo("SKHCN");
        assertThat(actor("QNI", "halong").unitCode()).isEqualTo("PHALONG");
        assertThat(actor("QNI", "stnmt").unitCode()).isEqualTo("SNNMT");
        assertThat(actor("BKN", "babe").unitCode()).isEqualTo("XBABE");
        assertThat(actor("HPG", "hongbang.truong").unitCode()).isEqualTo("PHONGBANG");
        assertThat(actor("HNI", "hoankiem").unitCode()).isEqualTo("PHOANKIEM");
        assertThat(actor("HUE", "skhdt").unitCode()).isEqualTo("STC");
        for (SeedFile seed : seeds) {
            Set<String> ended = units(seed.government().code().substring(0, 3)).values().stream()
                    .filter(UnitDto::isEnded).map(UnitDto::code).collect(Collectors.toSet());
            assertThat(seed.users()).as(seed.file()).filteredOn(u -> u.unit() != null)
                    .allSatisfy(u -> assertThat(ended).doesNotContain(users.actorOf(u.username()).unitCode()));
        }
    }

    @Test
    void nothingOpenIsLeftWithAnEndedUnit() {
        for (SeedFile seed : seeds) {
            String code = seed.government().code().substring(0, 3);
            Set<String> ended = units(code).values().stream().filter(UnitDto::isEnded).map(UnitDto::code)
                    .collect(Collectors.toSet());
            List<AssignmentRow> rows = register.page(actor(seed, "vanphong"), AssignmentFilter.all(),
                    PageRequest.of(0, 1000)).getContent();
            assertThat(rows).as(seed.file())
                    .filteredOn(r -> r.status() != AssignmentStatus.DONE && r.status() != AssignmentStatus.CANCELLED)
                    .allSatisfy(r -> assertThat(ended).doesNotContain(r.unitCode()));
        }
        assertThat(register.page(actor("QNI", "vanphong"), AssignmentFilter.all(), PageRequest.of(0, 1000))
                .getContent()).extracting(AssignmentRow::unitCode).contains("SKHCN", "PHALONG", "SNNMT")
                .doesNotContain("STTTT", "HALONG", "STNMT");
    }

    @Test
    void theHistoryBeforeTheChangeStaysWithTheUnitsThatHeldIt() {
        Actor leader = actor("BKN", "lanhdao");
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        List<AssignmentRow> rows = register.page(actor("BKN", "vanphong"), AssignmentFilter.all(),
                PageRequest.of(0, 1000)).getContent();
        assertThat(rows).extracting(AssignmentRow::unitCode).contains("STTTT", "BABE", "TPBACKAN")
                .doesNotContain("SKHCN", "XBABE", "PDUCXUAN");
        long doneBySttt = rows.stream().filter(r -> r.unitCode().equals("STTTT") && r.deadline() != null
                && (r.timeliness() == Timeliness.DONE_ON_TIME || r.timeliness() == Timeliness.DONE_LATE)).count();

        List<UnitSplit> asWere = dashboard.unitSplit(leader, null, from, to, LocalDate.now(clock));
        assertThat(asWere).filteredOn(u -> u.code().equals("STTTT")).singleElement().satisfies(u -> {
            assertThat(u.endedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(u.doneOnTime() + u.doneLate()).isEqualTo(doneBySttt).isPositive();
        });
        List<UnitSplit> folded = dashboard.unitSplit(leader, null, from, to, LocalDate.now(clock), EndedUnits.FOLDED);
        assertThat(folded).filteredOn(u -> u.code().equals("SKHCN")).singleElement().satisfies(u -> {
            assertThat(u.folded()).contains("STTTT");
            assertThat(u.doneOnTime() + u.doneLate()).isEqualTo(doneBySttt);
        });
        assertThat(dashboard.hasEndedUnits(leader)).isTrue();
    }

    @Test
    void aChangeHandsTheOpenWorkOverToTheSuccessorsTheFileNames() {
        SeedFile file = reader.read().get(0);
        SeedFile.Change halong = new SeedFile.Change(SeedDate.parse("today-1"), SeedFile.ChangeAction.END, "PHALONG",
                List.of("PHONGGAI", "PBAICHAY"), Map.of("conclusions[0].directives[4]", "PBAICHAY"), null, null,
                "Điều chỉnh địa bàn khảo sát");
        List<SeedFile.Change> changes = new java.util.ArrayList<>(file.changes());
        changes.add(halong);
        SeedFile quangNinh = renamed(file.withConclusions(List.of(file.conclusions().get(0))).withChanges(changes),
                tag());
        DemoLoader.Outcome outcome = loader.load(List.of(quangNinh)).get(0);
        Actor office = actor(quangNinh, "vanphong");

        assertThat(outcome.changes()).isEqualTo(4);
        ConclusionDetail notice = conclusions.get(office, conclusions.page(office, ConclusionFilter.all(),
                PageRequest.of(0, 5)).getContent().get(0).id());
        AssignmentSummary overdue = notice.directives().get(4).assignments().stream()
                .filter(a -> a.role().equals("LEAD")).findFirst().orElseThrow();
        assertThat(overdue.unitCode()).isEqualTo("PBAICHAY");
        AssignmentDetail moved = assignments.get(office, overdue.id());
        assertThat(moved.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
        assertThat(moved.history()).extracting(HistoryEntry::action).containsSubsequence("ESCALATED", "REASSIGNED");
        assertThat(notice.directives().get(5).assignments()).extracting(AssignmentSummary::unitCode)
                .contains("PHONGGAI").doesNotContain("PHALONG");
        assertThat(actor(quangNinh, "halong").unitCode()).isEqualTo("PHONGGAI");
    }

    @Test
    void leavesTheClockAtTheRealTime() {
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void skipsAGovernmentThatExistsAlready() {
        SeedFile again = seeds.get(3);

        List<DemoLoader.Outcome> second = loader.load(List.of(again));

        assertThat(second).singleElement().satisfies(outcome -> assertThat(outcome.loaded()).isFalse());
        assertThat(statuses("HNI")).containsExactly(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void aFileThatFailsWhileLoadingRollsBackItsGovernmentAndSaysWhere() {
        SeedFile bacKan = renamed(reader.read().get(1), tag());
        SeedFile.Conclusion full = bacKan.conclusions().get(0);
        SeedFile.Conclusion issued = full.withDirectives(List.of(full.directives().get(4)));
        SeedFile twice = bacKan.withConclusions(List.of(issued, issued));

        assertThatThrownBy(() -> loader.load(List.of(twice)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("seeds/01-bac-kan.yml: conclusions[1] (approve)")
                .hasMessageContaining("126/TB-UBND");
        assertThat(organisation.findGovernment(twice.government().code())).isEmpty();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void bacKanMergedIntoThaiNguyenWithItsHistory() {
        GovernmentDto bacKan = government("BKN");
        GovernmentDto thaiNguyen = government("TNG");
        assertThat(bacKan.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(bacKan.mergedInto()).isEqualTo(thaiNguyen.code());
        assertThat(organisation.findGovernment(bacKan.code())).map(GovernmentDto::id).contains(thaiNguyen.id());

        Actor leader = actor("TNG", "lanhdao");
        int bacKanAssignments = outcomes.get(1).assignments();
        assertThat(bacKanAssignments).isPositive();
        assertThat(register.count(leader, AssignmentFilter.all())).isEqualTo(bacKanAssignments);
        assertThat(register.page(leader, AssignmentFilter.all(), PageRequest.of(0, 1000)).getContent())
                .hasSize(bacKanAssignments).extracting(AssignmentRow::unitCode).contains("STTTT", "BABE");
        ConclusionSummary notice = conclusions.page(leader, ConclusionFilter.all(), PageRequest.of(0, 10))
                .getContent().get(0);
        assertThat(notice.number()).isEqualTo("126/TB-UBND");
        ConclusionDetail detail = conclusions.get(leader, notice.id());
        assertThat(detail.issuedBy()).isEqualTo(bacKan.name());
        assertThat(detail.directives()).flatExtracting(ConclusionDetail.DirectiveDetail::assignments)
                .allSatisfy(a -> assertThat(assignments.get(leader, a.id()).timeliness()).isNotNull());

        Actor office = actor("BKN", "vanphong");
        assertThat(office.governmentId()).isEqualTo(thaiNguyen.id());
        assertThat(register.count(office, AssignmentFilter.all())).isEqualTo(bacKanAssignments);
        assertThat(actor("BKN", "snv").unitCode()).isEqualTo("SNV");
        assertThat(actor("BKN", "snv").governmentId()).isEqualTo(thaiNguyen.id());
        assertThat(actor("BKN", "stttt").unitCode()).as("Sở TT&TT → BKN's Sở KH&CN → TNG's").isEqualTo("SKHCN");
        assertThat(actor("BKN", "babe").governmentId()).isEqualTo(thaiNguyen.id());
        assertThat(units("TNG")).containsKeys("XBABE", "PDUCXUAN", "DPTTH", "PPHANDINHPHUNG");
    }

    @Test
    void haiDuongMergedIntoHaiPhong() {
        GovernmentDto haiDuong = government("HDG");
        GovernmentDto haiPhong = government("HPG");
        assertThat(haiDuong.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(haiDuong.mergedInto()).isEqualTo(haiPhong.code());
        assertThat(register.count(actor("HPG", "lanhdao"), AssignmentFilter.all()))
                .isEqualTo(outcomes.get(2).assignments());
        Map<String, UnitDto> units = units("HPG");
        assertThat(units.get(code("HDG") + "-STTTT").successors()).containsExactly(code("HDG") + "-SKHCN");
        assertThat(today(units, code("HDG") + "-STTTT")).isEqualTo("SKHCN");
        assertThat(units.get("TPHAIDUONG").successors()).containsExactly("PHAIDUONG", "PTHANHDONG");
        assertThat(actor("HDG", "stttt").unitCode()).isEqualTo("SKHCN");
        assertThat(actor("HDG", "tphaiduong").unitCode()).isEqualTo("PHAIDUONG");
        assertThat(actor("HDG", "vanphong").governmentId()).isEqualTo(haiPhong.id());
    }

    /** A government as it is now, merged or not, by its original code. */
    private GovernmentDto government(String original) {
        Actor admin = users.actorOf(UserService.ADMIN_USERNAME);
        return organisation.governments(admin).stream().filter(g -> g.code().equals(code(original))).findFirst()
                .orElseThrow();
    }

    /** The loaded code of a seed government. */
    private String code(String original) {
        return seeds.stream().map(s -> s.government().code()).filter(c -> c.startsWith(original + "-")).findFirst()
                .orElseThrow();
    }

    /** The unit that holds a unit's work today: its first successor's, followed until one has not ended. */
    private static String today(Map<String, UnitDto> units, String code) {
        UnitDto unit = units.get(code);
        while (unit.isEnded() && !unit.successors().isEmpty()) {
            unit = units.get(unit.successors().get(0));
        }
        return unit.code();
    }

    /** The issued conclusion of a government. */
    private ConclusionDetail issued(String original) {
        Actor office = actor(original, "vanphong");
        long id = conclusions.page(office, new ConclusionFilter(ConclusionStatus.ISSUED, null), PageRequest.of(0, 5))
                .getContent().get(0).id();
        return conclusions.get(office, id);
    }

    /** The assignment of {@code unit} in the issued conclusion's directive number {@code ordinal} (from 1). */
    private AssignmentDetail detail(String original, String unit, int ordinal) {
        long id = issued(original).directives().get(ordinal - 1).assignments().stream()
                .filter(a -> a.unitCode().equals(unit)).findFirst().orElseThrow().id();
        return assignments.get(actor(original, "vanphong"), id);
    }

    /** The units of a government, ended ones too, by code. */
    private Map<String, UnitDto> units(String original) {
        long id = actor(original, "vanphong").governmentId();
        return organisation.unitsOf(id).stream().collect(Collectors.toMap(UnitDto::code, u -> u));
    }

    private List<ConclusionStatus> statuses(String original) {
        return conclusions.page(actor(original, "vanphong"), ConclusionFilter.all(), PageRequest.of(0, 20))
                .getContent().stream().map(ConclusionSummary::status).toList();
    }

    private Actor actor(String originalCode, String name) {
        return actor(seeds.stream().filter(s -> s.government().code().startsWith(originalCode + "-")).findFirst()
                .orElseThrow(), name);
    }

    private Actor actor(SeedFile seed, String name) {
        return users.actorOf(seed.government().code().toLowerCase() + "." + name);
    }

    /** A copy of a seed under the government code {@code <code>-<tag>}, its usernames following. */
    static SeedFile renamed(SeedFile seed, String tag) {
        String code = seed.government().code();
        String newCode = code + "-" + tag;
        Function<String, String> rename = username -> newCode.toLowerCase() + username.substring(code.length());
        List<SeedFile.User> renamedUsers = seed.users().stream()
                .map(u -> new SeedFile.User(rename.apply(u.username()), u.displayName(), u.roles(), u.unit()))
                .toList();
        List<SeedFile.Conclusion> renamedChairs = seed.conclusions().stream()
                .map(c -> c.committeeChair() == null ? c : c.withCommitteeChair(rename.apply(c.committeeChair())))
                .toList();
        List<SeedFile.Change> renamedChanges = seed.changes().stream()
                .map(c -> c.action() != SeedFile.ChangeAction.MERGE_GOVERNMENT ? c
                        : new SeedFile.Change(c.date(), c.action(), c.unit(), c.successors(), c.assignments(),
                        c.into() + "-" + tag, List.of(c.fromGovernment() + "-" + tag), c.reason(), c.unitMap()))
                .toList();
        return new SeedFile(seed.file(), new SeedFile.Government(newCode, seed.government().name() + " (" + tag + ")"),
                seed.units(), seed.groups(), renamedUsers, renamedChairs, renamedChanges);
    }

    private static String tag() {
        String stamp = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        return stamp.substring(stamp.length() - 5) + SEQUENCE.incrementAndGet();
    }
}
