package vn.chidao.delivery;

/** A delivery waits ({@code PENDING}, possibly for its next try), was accepted ({@code SENT}) or gave up ({@code FAILED}). */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
