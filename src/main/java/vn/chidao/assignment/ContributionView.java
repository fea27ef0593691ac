package vn.chidao.assignment;

import java.time.OffsetDateTime;

/** A coordinating unit's contribution, shown on the lead unit's task. */
public record ContributionView(long assignmentId, String unitCode, String unitName, String text, String user,
                               OffsetDateTime at) {
}
