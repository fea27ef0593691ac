package vn.chidao.dashboard;

/**
 * One DTI main indicator's assignments due in the dashboard's period: {@code open} open and not yet past the
 * deadline, {@code overdue} open past it, {@code doneLate} done after it (each as the register counts it).
 */
public record IndicatorCounts(String code, String name, long open, long overdue, long doneLate) {
}
