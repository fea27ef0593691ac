package vn.chidao.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.AssignmentQueries;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.TaskUrgencies;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;

/**
 * The periodic report to the Chairman ("Báo cáo tình hình thực hiện nhiệm vụ") as a Word document: for a committee
 * (or all of the caller's government) and the assignments due in a period, every figure as of the period's last day
 * (today while the period runs). Its figures are the dashboard's ({@link DashboardService#summary},
 * {@link DashboardService#unitSplit}, {@link DashboardService#ranking}) and its lists the register's
 * ({@link RegisterService#page}) for the same filter: nothing is counted twice. Whoever may see the dashboard may
 * write it, with the same scope (a unit role: its own unit).
 */
@Service
@Transactional(readOnly = true)
public class ProgressReportService {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int PAGE = 500;
    private static final Sort BY_DEADLINE = Sort.by("deadline", "id");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DashboardService dashboard;
    private final RegisterService register;
    private final AssignmentQueries assignments;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final AppClock clock;

    ProgressReportService(DashboardService dashboard, RegisterService register, AssignmentQueries assignments,
                          ConclusionService conclusions, OrganisationService organisation, AppClock clock) {
        this.dashboard = dashboard;
        this.register = register;
        this.assignments = assignments;
        this.conclusions = conclusions;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A written report: its bytes, its file name (ASCII, the title without diacritics, safe in any header) and type. */
    public record ReportFile(byte[] bytes, String fileName) {

        public String contentType() {
            return TYPE;
        }
    }

    /**
     * The report for the assignments due in [from, to] (by default the month of {@code to}; {@code to} by default
     * today), as of {@code to} or today if earlier. 400 when {@code to} is before {@code from}; 403 for a caller
     * who may not see the dashboard.
     */
    public ReportFile progress(Actor actor, String committee, LocalDate from, LocalDate to) {
        return progress(actor, committee, from, to, EndedUnits.AS_WERE);
    }

    /** {@link #progress} with ended units as they were or folded into their successor ({@link EndedUnits}). */
    public ReportFile progress(Actor actor, String committee, LocalDate from, LocalDate to, EndedUnits ended) {
        ProgressReport report = report(actor, committee, from, to, ended);
        return new ReportFile(ProgressReportDocx.write(report), fileName(report.from(), report.to()));
    }

    ProgressReport report(Actor actor, String committee, LocalDate from, LocalDate to, EndedUnits ended) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from(from, end);
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", "error.dashboard.toBeforeFrom");
        }
        LocalDate asOf = end.isBefore(today) ? end : today;
        DashboardSummary summary = dashboard.summary(actor, committee, start, end, asOf);
        Map<String, UnitRanking> ranking = dashboard.ranking(actor, committee, start, end, ended).stream()
                .collect(Collectors.toMap(UnitRanking::code, Function.identity()));
        List<ProgressReport.UnitLine> units = dashboard.unitSplit(actor, committee, start, end, asOf, ended).stream()
                .map(split -> {
                    UnitRanking rank = ranking.get(split.code());
                    return new ProgressReport.UnitLine(split, rank == null ? null : rank.onTimeRate(),
                            rank == null ? 0 : rank.criticised());
                }).toList();
        String committeeName = committee == null || committee.isBlank() ? null
                : conclusions.committee(actor, committee, "committee").name();
        GovernmentDto government = organisation.government(actor.governmentId());
        return new ProgressReport(office(government.name()), place(government.name()), committeeName, start, end,
                asOf, today, summary, units, overdue(actor, committee, start, end, asOf),
                done(actor, committee, start, end));
    }

    /** The open assignments past their deadline on {@code asOf}, the longest late first, with their latest note. */
    private List<ProgressReport.Overdue> overdue(Actor actor, String committee, LocalDate from, LocalDate to,
                                                 LocalDate asOf) {
        List<AssignmentRow> rows = rows(actor, filter(committee, from, to, EnumSet.of(Timeliness.OPEN_OVERDUE)))
                .stream().filter(r -> TaskUrgencies.missed(r.deadline(), asOf)).toList();
        Map<Long, HistoryEntry> notes = assignments.latestProgress(rows.stream().map(AssignmentRow::id).toList(),
                Dates.overdueFrom(asOf));
        return rows.stream().map(r -> new ProgressReport.Overdue(r.content(), notice(r), r.unitName(), r.deadline(),
                ChronoUnit.DAYS.between(r.deadline(), asOf), note(notes.get(r.id())))).toList();
    }

    private List<ProgressReport.Done> done(Actor actor, String committee, LocalDate from, LocalDate to) {
        return rows(actor, filter(committee, from, to, EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE)))
                .stream().map(r -> new ProgressReport.Done(r.content(), notice(r), r.unitName(), r.deadline(),
                        r.timeliness() == Timeliness.DONE_ON_TIME)).toList();
    }

    private static AssignmentFilter filter(String committee, LocalDate from, LocalDate to, Set<Timeliness> timeliness) {
        return new AssignmentFilter(null, null, timeliness, null, committee, from, to);
    }

    private List<AssignmentRow> rows(Actor actor, AssignmentFilter filter) {
        List<AssignmentRow> rows = new ArrayList<>();
        Page<AssignmentRow> page;
        int number = 0;
        do {
            page = register.page(actor, filter, PageRequest.of(number++, PAGE, BY_DEADLINE));
            rows.addAll(page.getContent());
        } while (page.hasNext());
        return rows;
    }

    private static String notice(AssignmentRow row) {
        return row.conclusionNumber() == null ? row.conclusionTitle() : row.conclusionNumber();
    }

    private static String note(HistoryEntry entry) {
        return entry == null ? null : Dates.format(entry.at().toLocalDate()) + ": " + entry.comment();
    }

    private static LocalDate from(LocalDate from, LocalDate to) {
        return from != null ? from : to.withDayOfMonth(1);
    }

    /** "Tỉnh Quảng Ninh" → "UBND TỈNH QUẢNG NINH". */
    static String office(String government) {
        return ("UBND " + government).toUpperCase(VI);
    }

    /** "Tỉnh Quảng Ninh" → "Quảng Ninh", "Thành phố Hà Nội" → "Hà Nội". */
    static String place(String government) {
        return government.replaceFirst("^(?iu)(tỉnh|thành phố|tp\\.?)\\s+", "");
    }

    static String fileName(LocalDate from, LocalDate to) {
        return "bao-cao-tinh-hinh-thuc-hien-nhiem-vu_" + from + "_" + to + ".docx";
    }
}
