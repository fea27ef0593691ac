package vn.chidao.conclusion;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import vn.chidao.base.time.Dates;

/**
 * How each unit stands on an issued directive: unit, role, deadline, status and timeliness, each row a link
 * to the unit's task page ({@code assignments/<id>}). Badge colours follow {@code base.ui.Badges}; the
 * statuses arrive here as names because the assignment feature depends on this one, not the reverse.
 */
class AssignmentRows extends Div {

    AssignmentRows(List<AssignmentSummary> assignments, SerializableFunction<String, String> unitLabel) {
        addClassName("chidao-assignments");
        if (assignments.isEmpty()) {
            add(new Span(getTranslation("conclusion.noAssignments")));
        }
        assignments.forEach(a -> add(row(a, unitLabel)));
    }

    private Anchor row(AssignmentSummary a, SerializableFunction<String, String> unitLabel) {
        Span unit = new Span(unitLabel.apply(a.unitCode()));
        unit.addClassName("chidao-assignment-unit");
        Span role = badge("role." + a.role(), "LEAD".equals(a.role()) ? "" : "contrast");
        Span deadline = new Span(a.deadline() == null ? getTranslation("timeliness.ONGOING")
                : Dates.format(a.deadline()));
        if (a.originalDeadline() != null && !a.originalDeadline().equals(a.deadline())) {
            deadline.setTitle(getTranslation("conclusion.originalDeadline", Dates.format(a.originalDeadline())));
            deadline.setText(deadline.getText() + " *");
        }
        Span status = badge("status." + a.status(), "DONE".equals(a.status()) ? "success" : "");
        Span timeliness = badge("timeliness." + a.timeliness(), timelinessTheme(a.timeliness()));
        Anchor row = new Anchor("assignments/" + a.id(), "");
        row.add(unit, role, deadline, status, timeliness);
        row.addClassName("chidao-assignment-row");
        row.setId("assignment-" + a.id());
        return row;
    }

    private static String timelinessTheme(String timeliness) {
        switch (timeliness) {
            case "DONE_ON_TIME":
            case "OPEN_ON_TIME":
                return "success";
            case "DONE_LATE":
            case "OPEN_OVERDUE":
                return "error";
            default:
                return "contrast";
        }
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            badge.getElement().getThemeList().add(theme);
        }
        return badge;
    }
}
