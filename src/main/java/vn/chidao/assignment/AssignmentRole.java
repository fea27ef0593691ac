package vn.chidao.assignment;

/** LEAD: chủ trì (exactly one per directive); COORDINATE: phối hợp. */
public enum AssignmentRole {
    LEAD,
    COORDINATE
}
