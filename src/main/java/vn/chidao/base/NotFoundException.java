package vn.chidao.base;

/** 404: the thing does not exist, or not in the caller's government. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
