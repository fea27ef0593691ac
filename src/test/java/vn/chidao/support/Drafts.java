package vn.chidao.support;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;

/** Conclusion drafts with chosen dates and directives, for tests that need more than {@link Fixtures#draft()}. */
public final class Drafts {

    public static final String COMMITTEE = "Ban Chỉ đạo chuyển đổi số";

    private Drafts() {
    }

    public static ConclusionDraft conclusion(LocalDate meetingDate, DirectiveDraft... directives) {
        return new ConclusionDraft(COMMITTEE, meetingDate, "Kết luận phiên họp " + meetingDate, List.of(directives));
    }

    /** A directive due on {@code deadline}, led by {@code lead}, with the given coordinating units. */
    public static DirectiveDraft due(LocalDate deadline, String lead, String... coordinating) {
        return new DirectiveDraft("Triển khai nhiệm vụ do " + lead + " chủ trì", lead, List.of(coordinating),
                deadline, false, false);
    }

    /** An ongoing directive (thường xuyên): no deadline. */
    public static DirectiveDraft ongoing(String lead, String... coordinating) {
        return new DirectiveDraft("Thường xuyên theo dõi, đôn đốc", lead, List.of(coordinating), null, true, false);
    }

    /** A directive due N working days after the issue date (the first day not counted). */
    public static DirectiveDraft inWorkingDays(int days, String lead, String... coordinating) {
        return new DirectiveDraft("Hoàn thành trong " + days + " ngày làm việc", lead, List.of(coordinating), null,
                false, false, days, null, null);
    }

    /** The same directive, but its result needs the leader's sign-off. */
    public static DirectiveDraft signedOff(DirectiveDraft d) {
        return new DirectiveDraft(d.content(), d.leadUnit(), d.coordinatingUnits(), d.deadline(), d.ongoing(), true,
                d.deadlineWorkingDays(), d.reminderDays(), d.reportEvery());
    }

    /** The same directive, but its report must come with an evidence file. */
    public static DirectiveDraft withEvidence(DirectiveDraft d) {
        return new DirectiveDraft(d.content(), d.leadUnit(), d.coordinatingUnits(), d.deadline(), d.ongoing(),
                d.leaderSignOff(), d.deadlineWorkingDays(), d.reminderDays(), d.reportEvery(), true);
    }

    /** An ongoing directive whose lead unit reports every {@code period} (ISO-8601, e.g. P2W). */
    public static DirectiveDraft ongoingEvery(String period, String lead, String... coordinating) {
        return new DirectiveDraft("Định kỳ báo cáo tiến độ", lead, List.of(coordinating), null, true, false, null,
                null, period);
    }
}
