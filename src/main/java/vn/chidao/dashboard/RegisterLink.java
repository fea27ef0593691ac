package vn.chidao.dashboard;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.chidao.assignment.Timeliness;

/**
 * The register's address for exactly the assignments a figure counts:
 * {@code register?unit=&deadlineFrom=yyyy-MM-dd&deadlineTo=yyyy-MM-dd&timeliness=…&committee=<id>}; every part
 * optional, {@code timeliness} repeated.
 */
final class RegisterLink {

    static final String REGISTER = "register";

    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private RegisterLink() {
    }

    /** The overdue ones (done late or open past the deadline) of a heatmap cell: one unit, one month. */
    static RegisterLink overdue(String unitCode, YearMonth month, Long committeeId) {
        return new RegisterLink().with("unit", unitCode).deadlines(month.atDay(1), month.atEndOfMonth())
                .with("timeliness", Timeliness.DONE_LATE.name()).with("timeliness", Timeliness.OPEN_OVERDUE.name())
                .with("committee", committeeId);
    }

    /** A heatmap cell with nothing overdue: its assignments, all done or open on time (cancelled ones left out). */
    static RegisterLink onTime(String unitCode, YearMonth month, Long committeeId) {
        return new RegisterLink().with("unit", unitCode).deadlines(month.atDay(1), month.atEndOfMonth())
                .with("timeliness", Timeliness.DONE_ON_TIME.name()).with("timeliness", Timeliness.OPEN_ON_TIME.name())
                .with("committee", committeeId);
    }

    /** One part of the split for the period (ongoing ones have no deadline: the period is left out). */
    static RegisterLink split(Timeliness timeliness, LocalDate from, LocalDate to, Long committeeId) {
        RegisterLink link = new RegisterLink();
        if (timeliness != Timeliness.ONGOING) {
            link.deadlines(from, to);
        }
        return link.with("timeliness", timeliness.name()).with("committee", committeeId);
    }

    /** One DTI main indicator's bar of one part of the split (open on time, open overdue, done late) for the period. */
    static RegisterLink indicator(String code, Timeliness timeliness, LocalDate from, LocalDate to, Long committeeId) {
        return new RegisterLink().deadlines(from, to).with("timeliness", timeliness.name())
                .with("committee", committeeId).with("indicator", code);
    }

    private RegisterLink deadlines(LocalDate from, LocalDate to) {
        return with("deadlineFrom", from).with("deadlineTo", to);
    }

    private RegisterLink with(String name, Object value) {
        if (value != null) {
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value.toString());
        }
        return this;
    }

    QueryParameters parameters() {
        return new QueryParameters(parameters);
    }

    /** {@code register?…} with the parameters in the order above, for a link. */
    String href() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(
                value -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return REGISTER + "?" + query;
    }
}
