package vn.chidao.conclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued notices written straight to the tables, without their processes, for benchmarks that need thousands
 * of directives (the real path starts one engine instance per unit). Not used by the normal suite.
 */
@Component
public class BulkNotices {

    private static final String[] TASKS = {
        "Chủ trì, phối hợp với các cơ quan liên quan rà soát, hoàn thiện cơ sở dữ liệu chuyên ngành, kết nối và chia "
                + "sẻ dữ liệu với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh",
        "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, nâng tỷ lệ hồ sơ được xử lý trực tuyến và thanh toán "
                + "không dùng tiền mặt trong giải quyết thủ tục hành chính",
        "Xây dựng kế hoạch chuyển đổi số của ngành, địa phương giai đoạn 2026-2030, bảo đảm nguồn lực thực hiện",
        "Tổ chức tuyên truyền, nâng cao nhận thức về chuyển đổi số; triển khai mô hình Công dân điện tử",
    };

    private final ConclusionRepository conclusions;
    private final CommitteeRepository committees;

    BulkNotices(ConclusionRepository conclusions, CommitteeRepository committees) {
        this.conclusions = conclusions;
        this.committees = committees;
    }

    /** One directive made: its id, deadline (null when ongoing), lead and coordinating units. */
    public record Made(long id, long conclusionId, long committeeId, LocalDate deadline, long lead,
                       List<Long> coordinating) {
    }

    /**
     * {@code notices} issued notices of {@code perNotice} directives each; every directive led by one of the units
     * with 0, 1, … {@code maxCoordinating} others coordinating in turn, one in ten ongoing, the other deadlines spread
     * over a year from {@code issued}.
     */
    @Transactional
    public List<Made> issue(long governmentId, List<Long> units, int notices, int perNotice, int maxCoordinating,
                            LocalDate issued, long seed) {
        Random random = new Random(seed);
        Committee committee = committees.save(new Committee(governmentId, "Ban Chỉ đạo chuyển đổi số " + seed));
        List<Made> made = new ArrayList<>();
        for (int n = 0; n < notices; n++) {
            Conclusion conclusion = new Conclusion(governmentId, "bulk", Instant.now());
            conclusion.describe(committee, "Kết luận phiên họp thứ " + (n + 1), issued.minusDays(2));
            List<Directive> directives = new ArrayList<>();
            for (int d = 0; d < perNotice; d++) {
                long lead = units.get(random.nextInt(units.size()));
                List<Long> others = new ArrayList<>();
                int count = (n * perNotice + d) % (maxCoordinating + 1);
                while (others.size() < count) {
                    long unit = units.get(random.nextInt(units.size()));
                    if (unit != lead && !others.contains(unit)) {
                        others.add(unit);
                    }
                }
                boolean ongoing = random.nextInt(10) == 0;
                LocalDate deadline = ongoing ? null : issued.plusDays(10 + random.nextInt(365));
                directives.add(new Directive(conclusion, d + 1, (d + 1) + ". " + TASKS[random.nextInt(TASKS.length)],
                        deadline, null, ongoing, false, 3, ongoing ? "P1M" : null, lead, others, false));
            }
            conclusion.replaceDirectives(directives);
            conclusion.issue((n + 1) + "/TB-BULK" + seed, issued.getYear(), n + 1, issued);
            conclusions.save(conclusion);
            for (Directive d : directives) {
                made.add(new Made(d.getId(), conclusion.getId(), committee.getId(), d.getDeadline(), d.getLeadUnitId(),
                        List.copyOf(d.getCoordinatingUnitIds())));
            }
        }
        return made;
    }
}
