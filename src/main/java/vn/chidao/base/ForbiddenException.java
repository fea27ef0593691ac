package vn.chidao.base;

/** 403: the caller's role, unit or government does not allow this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
