package vn.chidao.delivery;

/** How a person wants one kind of notification. */
public enum DeliveryMode {
    /** An email as soon as it happens (the default). */
    IMMEDIATE,
    /** Gathered into the next morning digest. */
    DIGEST,
    /** Only the bell in the application. */
    IN_APP
}
