package vn.chidao.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Objects;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.DaysLeft;
import vn.chidao.conclusion.ReportPeriod;

/**
 * What the task is about, as label and value pairs: the conclusion, committee and meeting, the unit and its part,
 * the deadline with the working days left (and the original deadline once it moved), or how often an ongoing
 * directive reports; whether a leader signs off, the progress, and when it was assigned, acknowledged, completed.
 */
class TaskFacts extends Div {

    TaskFacts(AssignmentDetail detail) {
        addClassName("chidao-facts");
        Anchor conclusion = new Anchor("conclusions/" + detail.conclusionId(),
                Objects.toString(detail.conclusionNumber(), "") + " — " + detail.conclusionTitle());
        conclusion.setId("conclusion-link");
        fact("assignment.conclusion", conclusion);
        fact("assignment.committee", new Span(detail.committee()));
        fact("assignment.meetingDate", new Span(Dates.format(detail.meetingDate())));
        fact("assignment.unit", span("unit", detail.unitName() + " (" + detail.unitCode() + ")"),
                Badges.role(detail.role()));
        deadline(detail);
        if (detail.leaderSignOff()) {
            fact("assignment.signOffNeeded", span("sign-off-needed", getTranslation("assignment.yes")));
        }
        ProgressBar bar = new ProgressBar(0, 100, detail.progressPercent());
        bar.setId("progress-bar");
        bar.addClassName("chidao-progress");
        fact("assignment.progress", bar, span("progress-percent-text", detail.progressPercent() + "%"));
        fact("assignment.assignedAt", new Span(Dates.format(detail.createdAt())));
        if (detail.acknowledgedAt() != null) {
            fact("assignment.acknowledgedAt", new Span(Dates.format(detail.acknowledgedAt())));
        }
        if (detail.completedAt() != null) {
            fact("assignment.completedAt", new Span(Dates.format(detail.completedAt())));
        }
    }

    private void deadline(AssignmentDetail detail) {
        if (detail.deadline() == null) {
            fact("assignment.deadline", span("deadline", getTranslation("timeliness.ONGOING")));
            if (detail.role() == AssignmentRole.LEAD) {
                fact("assignment.reportEvery", span("report-every", reportEvery(detail.reportEvery())));
            }
            return;
        }
        Span daysLeft = DaysLeft.of(detail.deadline(), detail.daysLeft());
        daysLeft.setId("days-left");
        fact("assignment.deadline", span("deadline", Dates.format(detail.deadline())), daysLeft);
        if (detail.originalDeadline() != null && !detail.originalDeadline().equals(detail.deadline())) {
            Span original = span("original-deadline", Dates.format(detail.originalDeadline()));
            original.addClassName("chidao-struck");
            fact("assignment.originalDeadline", original);
        }
    }

    /** "Hằng tháng" for the editor's choices; "Mỗi 2 tuần", "Mỗi 10 ngày" for others the API allows. */
    private String reportEvery(String iso) {
        return ReportPeriod.name(iso, this::getTranslation);
    }

    private void fact(String labelKey, Component... value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("chidao-fact-label");
        Div content = new Div(value);
        content.addClassName("chidao-fact-value");
        add(label, content);
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
