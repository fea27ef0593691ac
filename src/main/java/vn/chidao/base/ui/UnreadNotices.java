package vn.chidao.base.ui;

import vn.chidao.base.Actor;

/**
 * How many of the caller's notifications are unread, for the bell in the top bar. Provided by the notification
 * feature, so the frame shows the count without depending on it.
 */
public interface UnreadNotices {

    long count(Actor actor);
}
