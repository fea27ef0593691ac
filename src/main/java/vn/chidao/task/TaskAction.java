package vn.chidao.task;

import java.io.Serializable;

/**
 * How a panel of the task page runs a service call: on success the page says {@code successKey} and reloads; a
 * 403 or 409 shows the service's reason and reloads; an {@link vn.chidao.base.InvalidInputException} is thrown
 * back to the panel, which shows it on its fields.
 */
@FunctionalInterface
interface TaskAction extends Serializable {

    void run(Runnable call, String successKey);
}
