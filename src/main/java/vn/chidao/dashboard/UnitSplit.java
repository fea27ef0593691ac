package vn.chidao.dashboard;

/** One unit's part of the official split: its assignments due in the period, done on time / late, open on time / overdue. */
public record UnitSplit(String code, String name, long doneOnTime, long doneLate, long openOnTime, long openOverdue) {

    /** Every assignment of the unit due in the period (cancelled and ongoing ones are not counted). */
    public long assigned() {
        return doneOnTime + doneLate + openOnTime + openOverdue;
    }
}
