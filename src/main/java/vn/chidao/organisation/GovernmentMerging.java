package vn.chidao.organisation;

import vn.chidao.base.Actor;

/**
 * Merging a government into another, which moves its work and its people: {@code organisation} owns the question
 * (its governments screen may ask it), the reorganisation above the assignments answers it in one transaction.
 */
public interface GovernmentMerging {

    /** Merges {@code from} into {@code into} ({@link GovernmentMergeRequest}; errors as {@link GovernmentMerges#merge}). */
    GovernmentMergeResult merge(Actor actor, GovernmentMergeRequest request);
}
