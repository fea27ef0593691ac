package vn.chidao.dashboard;

/**
 * The assignments open past their deadline today, by how many days past it: up to 30, 31-60, 61-120 and over
 * 120 (the day after the deadline is day 1).
 */
public record OverdueAgeing(long upTo30, long upTo60, long upTo120, long over120) {

    public long total() {
        return upTo30 + upTo60 + upTo120 + over120;
    }
}
