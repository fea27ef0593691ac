package vn.chidao.conclusion;

import vn.chidao.base.Actor;

/**
 * Ending a directive of an issued conclusion before its units have: the secretariat cancels it with a reason, or
 * closes it when it is ongoing. Implemented by the assignment feature, which ends every unit's process in the same
 * transaction (it depends on this feature, not the other way round). Both return the conclusion as it then is.
 */
public interface DirectiveEnding {

    ConclusionDetail cancel(Actor actor, long directiveId, String reason);

    ConclusionDetail close(Actor actor, long directiveId, String comment);
}
