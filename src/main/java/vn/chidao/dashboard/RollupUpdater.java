package vn.chidao.dashboard;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentChanged;

/** Keeps the rollup in step with assignments, in the transaction that changed them. */
@Component
class RollupUpdater {

    private final RollupStore store;

    RollupUpdater(RollupStore store) {
        this.store = store;
    }

    @EventListener
    void on(AssignmentChanged change) {
        if (change.before() != null) {
            store.add(change.before(), -1);
        }
        if (change.after() != null) {
            store.add(change.after(), 1);
        }
    }
}
