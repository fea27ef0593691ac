package vn.chidao.assignment;

/** Why the secretariat cancels a directive. */
public record CancelInput(String reason) {
}
