package vn.chidao.delivery;

/**
 * A delivery that did not go through. {@code channelDown}: the server could not be reached at all, so the other
 * deliveries of the round would fail the same way.
 */
class DeliveryFailure extends RuntimeException {

    private final boolean channelDown;

    DeliveryFailure(String message, boolean channelDown, Throwable cause) {
        super(message, cause);
        this.channelDown = channelDown;
    }

    boolean channelDown() {
        return channelDown;
    }

    /** Whether {@code error} or one of its causes says the server could not be reached. */
    static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException || t instanceof java.net.http.HttpTimeoutException
                    || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
