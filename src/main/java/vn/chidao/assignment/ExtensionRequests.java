package vn.chidao.assignment;

import java.util.List;
import vn.chidao.base.Actor;

/**
 * What an assignment needs of its extension requests: to list them on its detail, and to withdraw a pending one
 * when the unit reports. The assignment owns this interface and the extension feature implements it, so the
 * dependency runs one way.
 */
public interface ExtensionRequests {

    /** The assignment's requests, oldest first. */
    List<ExtensionView> of(long assignmentId);

    /**
     * The unit reports while its request waits: the request becomes obsolete and its decision task ends unapproved.
     * Called before the report completes the unit's task, in the same transaction.
     */
    void withdrawOnReport(Actor actor, Assignment assignment);
}
