package vn.chidao.conclusion;

/** Which conclusions a list shows: by status, and text in the title or number (both optional). */
public record ConclusionFilter(ConclusionStatus status, String text) {

    public static ConclusionFilter all() {
        return new ConclusionFilter(null, null);
    }
}
