package vn.chidao.inbox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.OpenAssignmentCriteria;
import vn.chidao.assignment.OpenAssignments;
import vn.chidao.assignment.TaskUrgencies;
import vn.chidao.base.Actor;
import vn.chidao.base.time.AppClock;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.conclusion.ConclusionTextSearch;

/**
 * Turns an {@link InboxFilter} into what the engine's task query can say: the task keys, and when domain facts
 * decide (a returned report, words of the directive) the process instances the domain finds
 * first; due dates are the engine's (each unit task carries its due day). The engine then pages only those tasks;
 * nothing loads the caller's whole list.
 */
@Component
class InboxScopes {

    /**
     * What the task query keeps: these kinds, of these process instances (null: of any), within this window of
     * due dates (null: any), which {@link TaskUrgencies} applies; {@code datedOnly} when the window keeps only tasks
     * with a due date.
     */
    record Scope(Set<TaskKind> kinds, Collection<String> instances, UnaryOperator<TaskQuery> due,
                 boolean datedOnly) {

        TaskQuery applyDue(TaskQuery query) {
            return due == null ? query : due.apply(query);
        }
    }

    private final OpenAssignments assignments;
    private final ConclusionTextSearch search;
    private final WorkingCalendar calendar;
    private final AppClock clock;
    private final TaskUrgencies urgencies;

    InboxScopes(OpenAssignments assignments, ConclusionTextSearch search, WorkingCalendar calendar, AppClock clock,
                TaskUrgencies urgencies) {
        this.assignments = assignments;
        this.search = search;
        this.calendar = calendar;
        this.clock = clock;
        this.urgencies = urgencies;
    }

    /** The scope of the filter for the caller; null when nothing can match. */
    Scope of(Actor actor, InboxFilter filter) {
        Set<TaskKind> kinds = filter.kinds().isEmpty() ? EnumSet.allOf(TaskKind.class) : EnumSet.copyOf(filter.kinds());
        if (filter.quick() != null) {
            kinds.retainAll(filter.quick().kinds());
        }
        if (kinds.isEmpty()) {
            return null;
        }
        OpenAssignmentCriteria criteria = criteria(filter.quick());
        UnaryOperator<TaskQuery> due = due(filter.quick());
        String text = filter.text();
        if (criteria == null && text == null) {
            return new Scope(kinds, null, due, filter.quick() == QuickFilter.DUE_THIS_WEEK);
        }
        if (actor.governmentId() == null) {
            return null;
        }
        Set<String> instances = new HashSet<>();
        if (kinds.stream().anyMatch(TaskKind::isAboutAssignment)) {
            OpenAssignmentCriteria wanted = criteria == null ? OpenAssignmentCriteria.ANY : criteria;
            if (text != null) {
                wanted = wanted.ofDirectives(search.directiveIds(actor.governmentId(), text));
            }
            instances.addAll(assignments.processInstanceIds(actor, wanted));
        }
        if (criteria == null && kinds.stream().anyMatch(k -> !k.isAboutAssignment())) {
            instances.addAll(search.conclusionProcessIds(actor.governmentId(), text));
        }
        return instances.isEmpty() ? null
                : new Scope(kinds, instances, due, filter.quick() == QuickFilter.DUE_THIS_WEEK);
    }

    /** The domain facts of a quick filter, null when its task kinds and due dates say it all. */
    private static OpenAssignmentCriteria criteria(QuickFilter quick) {
        return quick == QuickFilter.RETURNED ? OpenAssignmentCriteria.returnedToTheUnit() : null;
    }

    /** The due dates a quick filter keeps, as the one overdue rule says ({@link TaskUrgencies}); null: any. */
    private UnaryOperator<TaskQuery> due(QuickFilter quick) {
        if (quick == QuickFilter.OVERDUE) {
            return urgencies::overdue;
        }
        if (quick == QuickFilter.DUE_THIS_WEEK) {
            LocalDate today = LocalDate.now(clock);
            LocalDate end = endOfWorkingWeek(today);
            return query -> urgencies.dueWithin(query, today, end);
        }
        return null;
    }

    /** The Sunday closing the week of the next working day: this week on a weekday, the coming one on a weekend. */
    LocalDate endOfWorkingWeek(LocalDate today) {
        return calendar.nextWorkingDay(today).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
