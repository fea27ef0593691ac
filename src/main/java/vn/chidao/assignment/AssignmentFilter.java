package vn.chidao.assignment;

/** Which assignments a list shows; every part is optional. */
public record AssignmentFilter(String unitCode, AssignmentStatus status, Timeliness timeliness, Long conclusionId) {

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, null, null);
    }
}
