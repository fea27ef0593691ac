package vn.chidao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidao.base.Role;
import vn.chidao.organisation.UnitKind;

/**
 * The steps replayed on paper with the roles of the lifecycle: the lead unit reports and is reviewed (and signed
 * off when asked), a coordinating unit contributes, an ongoing directive's lead reports every period unreviewed,
 * extensions are asked and decided once, a cancelled or closed directive takes no more steps.
 */
@Tag("unit")
class StepCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 28);
    private static final String ISSUED = "2024-05-02";

    private static final SeedFile FILE = new SeedFile("seeds/test.yml", new SeedFile.Government("TST", "Tỉnh Thử"),
            List.of(new SeedFile.Unit("STTTT", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, null),
                    new SeedFile.Unit("SNV", "Sở Nội vụ", UnitKind.DEPARTMENT, null),
                    new SeedFile.Unit("HUYEN", "UBND huyện", UnitKind.DISTRICT, null)),
            Map.of("CAC_SO", List.of("STTTT", "SNV")),
            List.of(new SeedFile.User("tst.vanphong", "Văn phòng", Set.of(Role.SECRETARIAT), null),
                    new SeedFile.User("tst.lanhdao", "Lãnh đạo", Set.of(Role.LEADER), null),
                    new SeedFile.User("tst.stttt", "Đầu mối Sở TT&TT", Set.of(Role.FOCAL_POINT), "STTTT"),
                    new SeedFile.User("tst.snv", "Đầu mối Sở Nội vụ", Set.of(Role.FOCAL_POINT), "SNV"),
                    new SeedFile.User("tst.huyen", "Đầu mối huyện", Set.of(Role.FOCAL_POINT), "HUYEN")),
            List.of());

    @Test
    void aCoordinatingUnitContributesAndItsReportIsAProblem() {
        SeedFile.Directive d = dated(false,
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "ALL"),
                step("2024-05-20", SeedFile.Action.CONTRIBUTE, "SNV", "Ý kiến của Sở Nội vụ."),
                step("2024-05-21", SeedFile.Action.REPORT, "HUYEN", "Báo cáo của huyện."),
                step("2024-05-22", SeedFile.Action.ACCEPT, "SNV"));

        assertThat(problems(d)).containsExactly(
                "conclusions[0].directives[0].steps[2]: REPORT is not possible for HUYEN: a coordinating unit sends"
                        + " CONTRIBUTE to the lead unit (STTTT), which reports",
                "conclusions[0].directives[0].steps[3]: ACCEPT is not possible for SNV: the secretariat reviews the"
                        + " lead unit's report only (STTTT); a contribution is not reviewed");
    }

    @Test
    void theLeadUnitReportsAndDoesNotContribute() {
        SeedFile.Directive d = dated(false,
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "STTTT"),
                step("2024-05-20", SeedFile.Action.CONTRIBUTE, "STTTT", "Ý kiến."),
                step("2024-05-21", SeedFile.Action.REPORT, "STTTT", "Báo cáo."),
                step("2024-05-22", SeedFile.Action.RETURN, "STTTT", "Bổ sung."),
                step("2024-05-23", SeedFile.Action.REPORT, "STTTT", "Báo cáo lại."),
                step("2024-05-24", SeedFile.Action.ACCEPT, "STTTT"));

        assertThat(problems(d)).containsExactly("conclusions[0].directives[0].steps[1]: CONTRIBUTE is not possible"
                + " for STTTT: the lead unit reports (REPORT); only coordinating units contribute");
    }

    @Test
    void theLeadOfAnOngoingDirectiveReportsEveryPeriodAndNobodyAcceptsIt() {
        SeedFile.Directive d = ongoing(
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "ALL"),
                step("2024-05-31", SeedFile.Action.REPORT, "STTTT", "Tháng 5."),
                step("2024-06-03", SeedFile.Action.ACCEPT, "STTTT"),
                step("2024-06-27", SeedFile.Action.REPORT, "STTTT", "Tháng 6."),
                step("2024-06-28", SeedFile.Action.REPORT, "STTTT", "Tháng 7, sớm."));

        assertThat(problems(d)).containsExactly("conclusions[0].directives[0].steps[2]: ACCEPT is not possible for"
                + " STTTT: the periodic reports of an ongoing directive are not reviewed");
    }

    @Test
    void anAcceptedResultWaitsForTheLeaderOnlyWhenTheDirectiveAsks() {
        List<SeedFile.Step> steps = List.of(
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "STTTT"),
                step("2024-05-21", SeedFile.Action.REPORT, "STTTT", "Báo cáo."),
                step("2024-05-22", SeedFile.Action.ACCEPT, "STTTT"),
                step("2024-05-23", SeedFile.Action.RETURN_SIGN_OFF, "STTTT", "Bổ sung."),
                step("2024-05-27", SeedFile.Action.REPORT, "STTTT", "Báo cáo lại."),
                step("2024-05-28", SeedFile.Action.ACCEPT, "STTTT"),
                step("2024-05-29", SeedFile.Action.SIGN_OFF, "STTTT"));

        assertThat(problems(dated(true, steps.toArray(SeedFile.Step[]::new)))).isEmpty();
        assertThat(problems(dated(false, steps.toArray(SeedFile.Step[]::new)))).containsExactly(
                "conclusions[0].directives[0].steps[3]: RETURN_SIGN_OFF is not possible for STTTT: the directive has"
                        + " no leaderSignOff",
                "conclusions[0].directives[0].steps[4]: REPORT is not possible for STTTT while DONE",
                "conclusions[0].directives[0].steps[5]: ACCEPT is not possible for STTTT while DONE",
                "conclusions[0].directives[0].steps[6]: SIGN_OFF is not possible for STTTT: the directive has no"
                        + " leaderSignOff");
    }

    @Test
    void anExtensionIsAskedWithALaterDeadlineAndDecidedOnce() {
        SeedFile.Directive d = dated(false,
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "STTTT"),
                step("2024-05-10", SeedFile.Action.APPROVE_EXTENSION, "STTTT"),
                extend("2024-05-20", "2024-06-10", "Cần thêm thời gian."),
                extend("2024-05-21", "2024-06-30", "Cần thêm thời gian."),
                extend("2024-05-22", null, null),
                step("2024-05-24", SeedFile.Action.APPROVE_EXTENSION, "STTTT"),
                extend("2024-06-03", "2024-06-28", "Xin thêm."),
                step("2024-06-05", SeedFile.Action.REFUSE_EXTENSION, "STTTT"),
                extend("2024-06-10", "2024-06-05", "Quá khứ."));

        assertThat(problems(d)).containsExactly(
                "conclusions[0].directives[0].steps[1]: APPROVE_EXTENSION is not possible for STTTT while IN_PROGRESS"
                        + " (no extension request pending)",
                "conclusions[0].directives[0].steps[2]: newDeadline 2024-06-10 is not after STTTT's deadline 2024-06-14",
                "conclusions[0].directives[0].steps[4]: EXTEND needs a text (the reason)",
                "conclusions[0].directives[0].steps[4]: EXTEND needs a newDeadline",
                "conclusions[0].directives[0].steps[4]: EXTEND is not possible for STTTT while IN_PROGRESS (an"
                        + " extension request is pending)",
                "conclusions[0].directives[0].steps[6]: newDeadline 2024-06-28 is not after STTTT's deadline 2024-06-30",
                "conclusions[0].directives[0].steps[7]: REFUSE_EXTENSION needs a text",
                "conclusions[0].directives[0].steps[7]: REFUSE_EXTENSION is not possible for STTTT while IN_PROGRESS"
                        + " (no extension request pending)",
                "conclusions[0].directives[0].steps[8]: newDeadline 2024-06-05 is not after STTTT's deadline 2024-06-30");
    }

    @Test
    void anOngoingDirectiveHasNoDeadlineToExtend() {
        SeedFile.Directive d = ongoing(
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "STTTT"),
                extend("2024-05-20", "2024-06-30", "Cần thêm thời gian."));

        assertThat(problems(d)).containsExactly("conclusions[0].directives[0].steps[1]: EXTEND is not possible for"
                + " STTTT: an ongoing directive has no deadline to extend");
    }

    @Test
    void aCancelledOrClosedDirectiveTakesNoMoreSteps() {
        SeedFile.Directive cancelled = dated(false,
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "ALL"),
                step("2024-05-10", SeedFile.Action.CANCEL, null, "Trùng với kế hoạch khác."),
                step("2024-05-20", SeedFile.Action.CONTRIBUTE, "SNV", "Ý kiến."),
                step("2024-05-21", SeedFile.Action.CLOSE, null));
        assertThat(problems(cancelled)).containsExactly(
                "conclusions[0].directives[0].steps[2]: CONTRIBUTE is not possible: the directive was cancelled",
                "conclusions[0].directives[0].steps[3]: CLOSE is not possible: the directive was cancelled");

        SeedFile.Directive wrong = dated(false,
                step("2024-05-10", SeedFile.Action.CANCEL, "STTTT", "Trùng."),
                step("2024-05-11", SeedFile.Action.CANCEL, null),
                step("2024-05-12", SeedFile.Action.CLOSE, null));
        assertThat(problems(wrong)).containsExactly(
                "conclusions[0].directives[0].steps[0]: CANCEL acts on the whole directive: leave out unit",
                "conclusions[0].directives[0].steps[1]: CANCEL needs a text (the reason)",
                "conclusions[0].directives[0].steps[2]: CLOSE is not possible: the directive was cancelled");

        SeedFile.Directive closed = ongoing(
                step("2024-05-03", SeedFile.Action.ACKNOWLEDGE, "ALL"),
                step("2024-06-03", SeedFile.Action.REPORT, "STTTT", "Tháng 5."),
                step("2024-06-10", SeedFile.Action.CLOSE, null),
                step("2024-06-11", SeedFile.Action.PROGRESS, "HUYEN"));
        assertThat(problems(closed)).containsExactly(
                "conclusions[0].directives[0].steps[3]: PROGRESS needs a percent from 0 to 100",
                "conclusions[0].directives[0].steps[3]: PROGRESS is not possible: the directive was closed");
        assertThat(problems(dated(false, step("2024-05-10", SeedFile.Action.CLOSE, null))))
                .containsExactly("conclusions[0].directives[0].steps[0]: CLOSE is only for an ongoing directive;"
                        + " CANCEL ends a dated one");
    }

    @Test
    void theDirectiveAndTheConclusionSayOnlyWhatTheServicesAccept() {
        SeedFile.Directive twoDeadlines = new SeedFile.Directive("Nội dung.", "STTTT", List.of(),
                SeedDate.parse("2024-06-14"), 10, false, null, 31, false, List.of());
        SeedFile.Directive weekly = new SeedFile.Directive("Nội dung.", "STTTT", List.of(), null, null, true,
                "every week", null, false, List.of());
        SeedFile.Directive datedWithPeriod = new SeedFile.Directive("Nội dung.", "STTTT", List.of(), null, 5, false,
                "P1M", null, false, List.of());
        SeedFile.Conclusion conclusion = conclusion(List.of(twoDeadlines, weekly, datedWithPeriod))
                .withCommitteeChair("tst.vanphong");

        assertThat(SeedCheck.problems(FILE.withConclusions(List.of(conclusion)), TODAY)).containsExactly(
                "conclusions[0]: committeeChair 'tst.vanphong' is not a LEADER user of the file",
                "conclusions[0].directives[0]: needs exactly one of a deadline, deadlineWorkingDays or ongoing: true",
                "conclusions[0].directives[0]: reminderDays must be from 0 to 30",
                "conclusions[0].directives[1]: reportEvery 'every week' is not an ISO-8601 period from a week to a"
                        + " year (P1W, P1M, P3M)",
                "conclusions[0].directives[2]: reportEvery is only for an ongoing directive");
        assertThat(SeedCheck.problems(FILE.withConclusions(List.of(conclusion(List.of(dated(false)))
                .withCommitteeChair("tst.lanhdao"))), TODAY)).isEmpty();
    }

    private static List<String> problems(SeedFile.Directive directive) {
        return SeedCheck.problems(FILE.withConclusions(List.of(conclusion(List.of(directive)))), TODAY);
    }

    private static SeedFile.Conclusion conclusion(List<SeedFile.Directive> directives) {
        return new SeedFile.Conclusion("Ban Chỉ đạo", null, SeedDate.parse("2024-04-26"), "Kết luận",
                SeedFile.State.ISSUED, null, SeedDate.parse("2024-04-29"), null, SeedDate.parse(ISSUED), null,
                directives);
    }

    /** STTTT leads, SNV and HUYEN coordinate, due 14/6/2024. */
    private static SeedFile.Directive dated(boolean leaderSignOff, SeedFile.Step... steps) {
        return new SeedFile.Directive("Nội dung.", "STTTT", List.of("CAC_SO", "HUYEN"), SeedDate.parse("2024-06-14"),
                null, false, null, null, leaderSignOff, List.of(steps));
    }

    private static SeedFile.Directive ongoing(SeedFile.Step... steps) {
        return new SeedFile.Directive("Nội dung.", "STTTT", List.of("CAC_SO", "HUYEN"), null, null, true, "P1M", null,
                false, List.of(steps));
    }

    private static SeedFile.Step step(String date, SeedFile.Action action, String unit, String... text) {
        List<String> units = unit == null ? List.of() : new ArrayList<>(List.of(unit));
        return SeedFile.Step.of(date, action, units, null, text.length == 0 ? null : text[0]);
    }

    private static SeedFile.Step extend(String date, String newDeadline, String reason) {
        return new SeedFile.Step(SeedDate.parse(date), SeedFile.Action.EXTEND, List.of("STTTT"), null, reason,
                newDeadline == null ? null : SeedDate.parse(newDeadline));
    }
}
