package vn.chidao.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentQueries.DirectiveUnit;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.Timeliness;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.organisation.UnitDto;

/**
 * Folds the assignments of the export, which arrive a directive's together, into one row per directive: its
 * units from every assignment of the directive (the lead, then the coordinating units as the notice lists them),
 * and its standing from the lead unit's part when the caller reads it and the filter kept it, otherwise from the
 * parts kept, each named by its unit when they differ. A row naming the notice comes before its first directive.
 */
final class DirectiveRows {

    /** What the export shows of one assignment. */
    private record Part(String unitCode, AssignmentRole role, LocalDate deadline, LocalDate originalDeadline,
                        Timeliness timeliness, Integer latePeriod, String report) {
    }

    private final RegisterSheet sheet;
    private final RegisterTexts texts;
    private final Map<Long, UnitDto> units;
    private final LocalDate today;
    private final List<Part> parts = new ArrayList<>();
    private DirectiveInfo directive;
    private List<DirectiveUnit> directiveUnits;
    private Long lastConclusion;
    private int written;

    DirectiveRows(RegisterSheet sheet, RegisterTexts texts, Map<Long, UnitDto> units, LocalDate today) {
        this.sheet = sheet;
        this.texts = texts;
        this.units = units;
        this.today = today;
    }

    /** @param latePeriod the open reporting period when its report is late, else null */
    void add(Assignment a, DirectiveInfo of, List<DirectiveUnit> unitsOfDirective, Integer latePeriod) {
        if (directive == null || directive.id() != of.id()) {
            flush();
            directive = of;
            directiveUnits = unitsOfDirective;
        }
        UnitDto unit = units.get(a.getUnitId());
        parts.add(new Part(unit == null ? "" : unit.code(), a.getRole(), a.getDeadline(), a.getOriginalDeadline(),
                a.timeliness(today), latePeriod, a.getReport()));
    }

    /** Writes the last directive; returns how many directive rows were written. */
    int finish() {
        flush();
        if (written == 0) {
            sheet.group(texts.get("export.empty"));
        }
        return written;
    }

    private void flush() {
        if (directive == null) {
            return;
        }
        if (lastConclusion == null || lastConclusion != directive.conclusionId()) {
            sheet.group(texts.conclusion(directive));
            lastConclusion = directive.conclusionId();
        }
        sheet.line(++written, line());
        parts.clear();
        directive = null;
    }

    private RegisterLine line() {
        List<Part> shown = parts.stream().filter(p -> p.role() == AssignmentRole.LEAD).toList();
        if (shown.isEmpty()) {
            shown = List.copyOf(parts);
        }
        return new RegisterLine(directive.content(), names(AssignmentRole.LEAD), names(AssignmentRole.COORDINATE),
                each(shown, p -> texts.deadline(p.deadline(), p.originalDeadline())),
                each(shown, p -> p.latePeriod() == null ? texts.timeliness(p.timeliness())
                        : texts.timeliness(p.timeliness()) + " · " + texts.get("register.latePeriod", p.latePeriod())),
                each(shown, p -> p.report() == null ? "" : p.report()),
                String.join(", ", directive.indicators()));
    }

    private String names(AssignmentRole role) {
        return directiveUnits.stream().filter(u -> u.role() == role).map(u -> units.get(u.unitId()))
                .map(u -> u == null ? "" : u.name()).collect(Collectors.joining("\n"));
    }

    /** The one value when the parts agree, else a line per part: "SO_A: …". */
    private static String each(List<Part> shown, Function<Part, String> text) {
        List<String> values = shown.stream().map(text).toList();
        if (values.stream().distinct().count() <= 1) {
            return values.isEmpty() ? "" : values.get(0);
        }
        return IntStream.range(0, values.size()).mapToObj(i -> shown.get(i).unitCode() + ": " + values.get(i))
                .collect(Collectors.joining("\n"));
    }
}
