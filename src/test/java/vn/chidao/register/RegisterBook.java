package vn.chidao.register;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A register with every kind of row, for the filter, export and screen tests. Two committees; on {@link #TODAY}
 * (26/03/2030):
 * <ul>
 * <li>notice 1 (digital transformation), directive 1 «Xây dựng kho dữ liệu dùng chung», due 15/03: SO_A lead,
 * reported 18/03 and accepted (done late); HUYEN_A coordinating, due 12/03, contributed 11/03 (done on time);</li>
 * <li>notice 1, directive 2 «Triển khai thanh toán không dùng tiền mặt», due 15/04: SO_B lead, open on time;</li>
 * <li>notice 2 (administrative reform, «dịch vụ công trực tuyến»), directive 1 «Rà soát thủ tục hành chính», due
 * 25/03: HUYEN_A lead, open overdue; directive 2, ongoing: SO_A lead.</li>
 * </ul>
 */
record RegisterBook(World world, ConclusionDetail digital, ConclusionDetail reform, CommitteeDto digitalCommittee,
                    CommitteeDto reformCommittee, long dataSoA, long dataHuyenA, long paymentSoB, long reviewHuyenA,
                    long ongoingSoA) {

    static final LocalDate MEETING = LocalDate.of(2030, 3, 4);
    static final LocalDate TODAY = LocalDate.of(2030, 3, 26);
    static final LocalDate DATA_DUE = LocalDate.of(2030, 3, 15);
    static final LocalDate DATA_CONTRIBUTION_DUE = LocalDate.of(2030, 3, 12);
    static final LocalDate PAYMENT_DUE = LocalDate.of(2030, 4, 15);
    static final LocalDate REVIEW_DUE = LocalDate.of(2030, 3, 25);
    static final String DIGITAL = "Ban Chỉ đạo chuyển đổi số";
    static final String REFORM = "Ban Chỉ đạo cải cách hành chính";

    static RegisterBook build(Fixtures fixtures, TimeTravel time, AssignmentService assignments,
                              ConclusionService conclusions) {
        World world = fixtures.newWorld();
        time.startAt(MEETING.plusDays(1), 9, 0);
        ConclusionDetail digital = fixtures.issue(world, new ConclusionDraft(DIGITAL, MEETING,
                "Kết luận phiên họp thứ nhất", List.of(
                        directive("Xây dựng kho dữ liệu dùng chung", World.SO_A, DATA_DUE, World.HUYEN_A),
                        directive("Triển khai thanh toán không dùng tiền mặt", World.SO_B, PAYMENT_DUE))));
        ConclusionDetail reform = fixtures.issue(world, new ConclusionDraft(REFORM, MEETING,
                "Kết luận về dịch vụ công trực tuyến", List.of(
                        directive("Rà soát thủ tục hành chính", World.HUYEN_A, REVIEW_DUE),
                        new DirectiveDraft("Thường xuyên theo dõi, đôn đốc", World.SO_A, List.of(), null, true,
                                false))));
        long dataSoA = of(digital, 0, World.SO_A);
        long dataHuyenA = of(digital, 0, World.HUYEN_A);
        time.startAt(LocalDate.of(2030, 3, 11), 10, 0);
        assignments.acknowledge(world.focalPoint(World.HUYEN_A), dataHuyenA);
        assignments.contribute(world.focalPoint(World.HUYEN_A), dataHuyenA,
                new ContributionInput("Huyện A đã rà soát dữ liệu dân cư"));
        assignments.acknowledge(world.focalPoint(World.SO_A), dataSoA);
        time.startAt(LocalDate.of(2030, 3, 18), 10, 0);
        assignments.report(world.focalPoint(World.SO_A), dataSoA,
                new CompletionReport("Đã vận hành kho dữ liệu dùng chung của tỉnh"));
        assignments.review(world.secretariat(), dataSoA, new ReviewDecision(ReviewDecision.Decision.ACCEPT, null));
        time.startAt(TODAY, 10, 0);
        List<CommitteeDto> committees = conclusions.committeeList(world.secretariat());
        return new RegisterBook(world, digital, reform, committee(committees, DIGITAL), committee(committees, REFORM),
                dataSoA, dataHuyenA, of(digital, 1, World.SO_B), of(reform, 0, World.HUYEN_A),
                of(reform, 1, World.SO_A));
    }

    /** Every assignment, in the register's order (nearest deadline first, ongoing last). */
    List<Long> all() {
        return List.of(dataHuyenA, dataSoA, reviewHuyenA, paymentSoB, ongoingSoA);
    }

    private static DirectiveDraft directive(String content, String lead, LocalDate deadline, String... coordinating) {
        return new DirectiveDraft(content, lead, List.of(coordinating), deadline, false, false);
    }

    private static long of(ConclusionDetail conclusion, int directive, String unit) {
        return conclusion.directives().get(directive).assignments().stream().filter(a -> a.unitCode().equals(unit))
                .findFirst().orElseThrow().id();
    }

    private static CommitteeDto committee(List<CommitteeDto> committees, String name) {
        return committees.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
