package vn.chidao.notification;

import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ui.UnreadNotices;

/** Gives the top bar's bell the caller's unread count. */
@Component
class UnreadNoticesAdapter implements UnreadNotices {

    private final NotificationService notifications;

    UnreadNoticesAdapter(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public long count(Actor actor) {
        return notifications.unreadCount(actor);
    }
}
