package vn.chidao.conclusion;

import java.util.List;
import vn.chidao.base.Actor;

/**
 * What the conclusion feature needs to know of assignments, implemented by the assignment feature
 * (which depends on this one, not the other way round).
 */
public interface DirectiveAssignments {

    /** The assignments of a conclusion's directives that the actor may see. */
    List<AssignmentSummary> ofConclusion(Actor actor, long conclusionId);
}
