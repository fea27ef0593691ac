package vn.chidao.assignment;

/**
 * Published, inside the transaction that moved it, when an assignment's process ends it ({@code status} is done or
 * cancelled). Listeners close what only made sense while it ran, such as a request nobody decided.
 */
public record AssignmentEnded(long assignmentId, AssignmentStatus status) {
}
