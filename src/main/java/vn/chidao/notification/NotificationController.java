package vn.chidao.notification;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.PageResult;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The caller's notifications, newest first: {@code [{id, at, recipient, kind, assignmentId, text, read}]}. */
    @GetMapping
    List<NotificationDto> mine(@AuthenticationPrincipal ActorPrincipal caller,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return notifications.mine(caller.actor(), PageResult.request(page, size, Sort.unsorted())).getContent();
    }

    @GetMapping("/unread-count")
    Map<String, Long> unread(@AuthenticationPrincipal ActorPrincipal caller) {
        return Map.of("count", notifications.unreadCount(caller.actor()));
    }

    @PostMapping("/{id}/read")
    NotificationDto read(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return notifications.markRead(caller.actor(), id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll(@AuthenticationPrincipal ActorPrincipal caller) {
        return Map.of("marked", notifications.markAllRead(caller.actor()));
    }
}
