package vn.chidao.assignment;

/**
 * Published, inside the transaction that made the change, whenever an assignment starts counting somewhere
 * else in the figures ({@code before} is null for a new assignment). Listeners keep their read models in step.
 */
public record AssignmentChanged(long assignmentId, AssignmentBucket before, AssignmentBucket after) {
}
