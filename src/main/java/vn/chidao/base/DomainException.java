package vn.chidao.base;

/**
 * A rule of the domain said no. Carries a message key and arguments, resolved in the caller's
 * language by the REST error handler and by the UI.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
