package vn.chidao.base;

/** 413: what was sent is larger than the installation takes (a file over the attachment limit). */
public class TooLargeException extends DomainException {

    public TooLargeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
