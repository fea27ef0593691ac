package vn.chidao.inbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.OpenAssignments;
import vn.chidao.assignment.TaskUrgencies;
import vn.chidao.assignment.Urgency;
import vn.chidao.base.Actor;
import vn.chidao.base.TaskGroups;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.ConclusionSummary;
import vn.chidao.conclusion.DirectiveInfo;

/**
 * The caller's open tasks, filtered ({@link InboxFilter}, narrowed by the domain first: {@link InboxScopes}), paged
 * by the engine (nearest due date first) and described by the domain in four queries per page, whatever the page
 * size.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private static final Date BEFORE_ANY_DUE_DATE = new Date(0);
    /** The task a returned report comes back to (as the RETURNED quick filter keeps). */
    private static final String RETURNABLE = TaskKind.REPORT.taskKey();

    private final TaskService tasks;
    private final InboxScopes scopes;
    private final AssignmentService assignments;
    private final ConclusionService conclusions;
    private final TaskUrgencies urgencies;
    private final OpenAssignments open;

    InboxService(TaskService tasks, InboxScopes scopes, AssignmentService assignments, ConclusionService conclusions,
                 TaskUrgencies urgencies, OpenAssignments open) {
        this.tasks = tasks;
        this.scopes = scopes;
        this.assignments = assignments;
        this.conclusions = conclusions;
        this.urgencies = urgencies;
        this.open = open;
    }

    /** @param kinds the kinds to show; empty for all */
    public Page<TaskItem> tasks(Actor actor, Set<TaskKind> kinds, Pageable pageable) {
        return tasks(actor, InboxFilter.of(kinds), pageable);
    }

    public long count(Actor actor, Set<TaskKind> kinds) {
        return count(actor, InboxFilter.of(kinds));
    }

    /**
     * Tasks with a due date first, nearest first; then those without one (ongoing directives, reviews,
     * conclusions), oldest first. Two engine queries, because databases disagree on where an ascending order puts
     * nulls (H2 first, PostgreSQL last) and the engine's task query cannot say.
     */
    public Page<TaskItem> tasks(Actor actor, InboxFilter filter, Pageable pageable) {
        InboxScopes.Scope scope = TaskGroups.of(actor).isEmpty() ? null : scopes.of(actor, filter);
        if (scope == null) {
            return Page.empty(pageable);
        }
        long dated = dated(actor, scope).count();
        long undated = scope.datedOnly() ? 0 : undated(actor, scope).count();
        int offset = (int) pageable.getOffset();
        int size = pageable.getPageSize();
        List<Task> page = new ArrayList<>();
        if (offset < dated) {
            page.addAll(dated(actor, scope).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(offset, size));
        }
        if (page.size() < size && undated > 0) {
            int undatedOffset = (int) Math.max(0, offset - dated);
            page.addAll(undated(actor, scope).orderByTaskCreateTime().asc().listPage(undatedOffset, size - page.size()));
        }
        return new PageImpl<>(describe(page), pageable, dated + undated);
    }

    public long count(Actor actor, InboxFilter filter) {
        InboxScopes.Scope scope = TaskGroups.of(actor).isEmpty() ? null : scopes.of(actor, filter);
        return scope == null ? 0 : scope.applyDue(query(actor, scope)).count();
    }

    /** The scope's tasks with a due date; the scope's due window applied after, so that it narrows. */
    private TaskQuery dated(Actor actor, InboxScopes.Scope scope) {
        return scope.applyDue(query(actor, scope).dueAfter(BEFORE_ANY_DUE_DATE));
    }

    private TaskQuery undated(Actor actor, InboxScopes.Scope scope) {
        return scope.applyDue(query(actor, scope).withoutDueDate());
    }

    private TaskQuery query(Actor actor, InboxScopes.Scope scope) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupIn(TaskGroups.of(actor)).active();
        if (scope.kinds().size() < TaskKind.values().length) {
            query.taskDefinitionKeyIn(scope.kinds().stream().map(TaskKind::taskKey).toArray(String[]::new));
        }
        if (scope.instances() != null) {
            query.processInstanceIdIn(scope.instances().toArray(String[]::new));
        }
        return query;
    }

    private List<TaskItem> describe(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, AssignmentRow> byAssignment = assignments.byProcessInstanceIds(instances);
        Map<String, ConclusionSummary> byConclusion = conclusions.byProcessInstanceIds(instances);
        Map<Long, DirectiveInfo> directives = conclusions.directives(
                byAssignment.values().stream().map(AssignmentRow::directiveId).collect(Collectors.toSet()));
        Set<Long> returned = open.returned(page.stream().filter(t -> RETURNABLE.equals(t.getTaskDefinitionKey()))
                .map(t -> byAssignment.get(t.getProcessInstanceId())).filter(Objects::nonNull).map(AssignmentRow::id)
                .toList());
        return page.stream().map(task -> {
            TaskKind kind = TaskKind.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
            if (kind == null) {
                return null;
            }
            var created = Dates.local(task.getCreateTime().toInstant());
            if (kind.isAboutAssignment()) {
                AssignmentRow a = byAssignment.get(task.getProcessInstanceId());
                if (a == null) {
                    return null;
                }
                int reminderDays = directives.get(a.directiveId()).reminderDays();
                TaskUrgencies.Standing standing = urgencies.of(task.getTaskDefinitionKey(), task.getDueDate(),
                        task.getCreateTime(), a.deadline(), reminderDays);
                boolean waiting = standing.urgency() == Urgency.WAITING;
                return new TaskItem(task.getId(), kind, a.id(), a.conclusionId(), a.conclusionNumber(), a.content(),
                        a.unitCode(), a.role(), standing.due(), waiting ? null : standing.days(), created,
                        reminderDays, standing.urgency(), waiting ? standing.days() : null,
                        kind == TaskKind.REPORT && returned.contains(a.id()));
            }
            ConclusionSummary c = byConclusion.get(task.getProcessInstanceId());
            if (c == null) {
                return null;
            }
            TaskUrgencies.Standing standing = urgencies.of(task.getTaskDefinitionKey(), null, task.getCreateTime(),
                    null, 0);
            return new TaskItem(task.getId(), kind, null, c.id(), c.number(), c.title(), null, null, null, null,
                    created, null, standing.urgency(), standing.days(), false);
        }).filter(Objects::nonNull).toList();
    }
}
