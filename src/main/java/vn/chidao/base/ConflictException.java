package vn.chidao.base;

/** 409: the current state does not allow this action (it was already done, or someone else was first). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
