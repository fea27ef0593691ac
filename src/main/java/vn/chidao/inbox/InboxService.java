package vn.chidao.inbox;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import vn.chidao.base.Actor;
import vn.chidao.base.TaskGroups;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.ConclusionSummary;

/**
 * The caller's open tasks, paged by the engine (nearest due date first) and described by the domain in
 * two queries per page, whatever the page size.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private static final Date BEFORE_ANY_DUE_DATE = new Date(0);

    private final TaskService tasks;
    private final AssignmentService assignments;
    private final ConclusionService conclusions;

    InboxService(TaskService tasks, AssignmentService assignments, ConclusionService conclusions) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.conclusions = conclusions;
    }

    /**
     * Tasks with a due date first, nearest first; then those without one (ongoing directives, conclusions),
     * oldest first. Two engine queries, because databases disagree on where an ascending order puts nulls
     * (H2 first, PostgreSQL last) and the engine's task query cannot say.
     *
     * @param kinds the kinds to show; empty for all
     */
    public Page<TaskItem> tasks(Actor actor, Set<TaskKind> kinds, Pageable pageable) {
        if (TaskGroups.of(actor).isEmpty()) {
            return Page.empty(pageable);
        }
        long dated = query(actor, kinds).dueAfter(BEFORE_ANY_DUE_DATE).count();
        long undated = query(actor, kinds).withoutDueDate().count();
        int offset = (int) pageable.getOffset();
        int size = pageable.getPageSize();
        List<Task> page = new ArrayList<>();
        if (offset < dated) {
            page.addAll(query(actor, kinds).dueAfter(BEFORE_ANY_DUE_DATE)
                    .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(offset, size));
        }
        if (page.size() < size && undated > 0) {
            int undatedOffset = (int) Math.max(0, offset - dated);
            page.addAll(query(actor, kinds).withoutDueDate().orderByTaskCreateTime().asc()
                    .listPage(undatedOffset, size - page.size()));
        }
        return new PageImpl<>(describe(page), pageable, dated + undated);
    }

    public long count(Actor actor, Set<TaskKind> kinds) {
        return TaskGroups.of(actor).isEmpty() ? 0 : query(actor, kinds).count();
    }

    private TaskQuery query(Actor actor, Set<TaskKind> kinds) {
        List<String> groups = TaskGroups.of(actor);
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupIn(groups).active();
        if (!kinds.isEmpty()) {
            query.taskDefinitionKeyIn(kinds.stream().map(TaskKind::taskKey).toArray(String[]::new));
        }
        return query;
    }

    private List<TaskItem> describe(List<Task> page) {
        Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, AssignmentRow> byAssignment = assignments.byProcessInstanceIds(instances);
        Map<String, ConclusionSummary> byConclusion = conclusions.byProcessInstanceIds(instances);
        return page.stream().map(task -> {
            TaskKind kind = TaskKind.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
            if (kind == null) {
                return null;
            }
            var created = Dates.local(task.getCreateTime().toInstant());
            if (kind.isAboutAssignment()) {
                AssignmentRow a = byAssignment.get(task.getProcessInstanceId());
                return a == null ? null : new TaskItem(task.getId(), kind, a.id(), a.conclusionId(),
                        a.conclusionNumber(), a.content(), a.unitCode(), a.deadline(), a.daysLeft(), created);
            }
            ConclusionSummary c = byConclusion.get(task.getProcessInstanceId());
            return c == null ? null : new TaskItem(task.getId(), kind, null, c.id(), c.number(), c.title(), null,
                    null, null, created);
        }).filter(java.util.Objects::nonNull).toList();
    }
}
