package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the report to the Chairman says, as of {@code asOf}: the office and place of its header, the committee (null:
 * all of the government's), the period of the deadlines, the dashboard's split and its lines per unit with their
 * criticisms, the overdue assignments and those done.
 */
record ProgressReport(String office, String place, String committee, LocalDate from, LocalDate to, LocalDate asOf,
                      LocalDate written, DashboardSummary summary, List<UnitLine> units, List<Overdue> overdue,
                      List<Done> done) {

    /** One unit's line of section II; {@code onTimeRate} as the ranking says it (null while nothing is done). */
    record UnitLine(UnitSplit split, Double onTimeRate, long criticised) {
    }

    /** One overdue assignment: days past the deadline as of the report's day, its latest progress note (or null). */
    record Overdue(String directive, String notice, String unit, LocalDate deadline, long daysLate, String progress) {
    }

    /** One assignment done, on time or late. */
    record Done(String directive, String notice, String unit, LocalDate deadline, boolean onTime) {
    }
}
