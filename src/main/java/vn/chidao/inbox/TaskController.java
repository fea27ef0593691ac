package vn.chidao.inbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;

@RestController
class TaskController {

    private final InboxService inbox;

    TaskController(InboxService inbox) {
        this.inbox = inbox;
    }

    /**
     * The caller's open work, nearest deadline first, as the inbox filters it: {@code kind} (any of), the quick
     * {@code filter} (OVERDUE, DUE_THIS_WEEK, AWAITING_REPORT, RETURNED) and {@code text} (directive content or
     * conclusion number).
     */
    @GetMapping("/api/tasks")
    List<TaskItem> tasks(@AuthenticationPrincipal ActorPrincipal caller,
                         @RequestParam(required = false) List<TaskKind> kind,
                         @RequestParam(required = false) QuickFilter filter,
                         @RequestParam(required = false) String text,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "100") int size) {
        Set<TaskKind> kinds = kind == null || kind.isEmpty() ? Set.of() : EnumSet.copyOf(kind);
        InboxFilter wanted = new InboxFilter(kinds, filter, text);
        return inbox.tasks(caller.actor(), wanted, PageResult.request(page, size, Sort.unsorted())).getContent();
    }
}
