package vn.chidao.extension;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.ExtensionRequests;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.base.Actor;

/** Tells an assignment about its extension requests. */
@Component
class ExtensionRequestsAdapter implements ExtensionRequests {

    private final ExtensionRequestRepository requests;
    private final PendingExtensions pending;

    ExtensionRequestsAdapter(ExtensionRequestRepository requests, PendingExtensions pending) {
        this.requests = requests;
        this.pending = pending;
    }

    @Override
    public List<ExtensionView> of(long assignmentId) {
        return requests.findByAssignmentIdOrderByRequestedAtAscIdAsc(assignmentId).stream()
                .map(ExtensionRequest::toView).toList();
    }

    @Override
    public void withdrawOnReport(Actor actor, Assignment assignment) {
        pending.withdrawOnReport(actor, assignment);
    }
}
