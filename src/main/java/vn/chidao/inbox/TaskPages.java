package vn.chidao.inbox;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * Opens the page of a task. A queue names itself ({@code ?from=<queue>}): the task page then puts the actions
 * first, since whoever works through a queue came to decide.
 */
final class TaskPages {

    /** The task page's query parameter naming the queue it was opened from. */
    static final String FROM = "from";

    private TaskPages() {
    }

    static void open(TaskItem task) {
        UI.getCurrent().navigate(path(task));
    }

    static void openFromQueue(TaskItem task, String queue) {
        UI.getCurrent().navigate(path(task), QueryParameters.of(FROM, queue));
    }

    private static String path(TaskItem task) {
        return task.kind().isAboutAssignment() ? "assignments/" + task.assignmentId()
                : "conclusions/" + task.conclusionId();
    }
}
