package vn.chidao.delivery;

/** How a notification leaves the building. */
public enum DeliveryChannel {
    /** One email to the person, in their language. */
    EMAIL,
    /** One signed JSON POST to the government's webhook (chat gateways, bots). */
    WEBHOOK
}
