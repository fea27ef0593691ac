package vn.chidao.register;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.organisation.UnitKind;

/**
 * The register's filter in its URL, a contract other screens link to (the dashboard's heatmap drills down with
 * it): {@code register?unit=<code>&deadlineFrom=yyyy-MM-dd&deadlineTo=yyyy-MM-dd&timeliness=DONE_LATE
 * &timeliness=OPEN_OVERDUE&committee=<id>&conclusion=<id>&status=<status>&unitKind=<kind>&text=<words>}, every
 * part optional. Read leniently: a value that does not parse is left out.
 */
final class RegisterQuery {

    static final String UNIT = "unit";
    static final String COMMITTEE = "committee";
    static final String CONCLUSION = "conclusion";
    static final String STATUS = "status";
    static final String UNIT_KIND = "unitKind";
    static final String TIMELINESS = "timeliness";
    static final String DEADLINE_FROM = "deadlineFrom";
    static final String DEADLINE_TO = "deadlineTo";
    static final String TEXT = "text";
    static final String INDICATOR = "indicator";

    private RegisterQuery() {
    }

    static AssignmentFilter read(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Set<Timeliness> timeliness = EnumSet.noneOf(Timeliness.class);
        parameters.getOrDefault(TIMELINESS, List.of()).forEach(value -> parse(value, Timeliness::valueOf)
                .ifPresent(timeliness::add));
        return new AssignmentFilter(single(query, UNIT).orElse(null),
                single(query, STATUS).flatMap(v -> parse(v, AssignmentStatus::valueOf)).orElse(null),
                timeliness,
                single(query, CONCLUSION).flatMap(v -> parse(v, Long::valueOf)).orElse(null),
                single(query, COMMITTEE).orElse(null),
                single(query, DEADLINE_FROM).flatMap(v -> parse(v, LocalDate::parse)).orElse(null),
                single(query, DEADLINE_TO).flatMap(v -> parse(v, LocalDate::parse)).orElse(null),
                single(query, UNIT_KIND).flatMap(v -> parse(v, UnitKind::valueOf)).orElse(null),
                single(query, TEXT).orElse(null),
                single(query, INDICATOR).orElse(null));
    }

    /** The parameters of a filter, in the contract's order; empty parts left out. */
    static QueryParameters write(AssignmentFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, UNIT, filter.unitCode());
        put(parameters, DEADLINE_FROM, filter.deadlineFrom());
        put(parameters, DEADLINE_TO, filter.deadlineTo());
        List<String> timeliness = new ArrayList<>();
        filter.timeliness().stream().sorted().forEach(t -> timeliness.add(t.name()));
        if (!timeliness.isEmpty()) {
            parameters.put(TIMELINESS, timeliness);
        }
        put(parameters, COMMITTEE, filter.committee());
        put(parameters, CONCLUSION, filter.conclusionId());
        put(parameters, STATUS, filter.status());
        put(parameters, UNIT_KIND, filter.unitKind());
        put(parameters, TEXT, filter.text());
        put(parameters, INDICATOR, filter.indicator());
        return new QueryParameters(parameters);
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    private static Optional<String> single(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value.trim()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
