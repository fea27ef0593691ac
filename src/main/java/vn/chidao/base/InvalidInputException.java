package vn.chidao.base;

import java.util.ArrayList;
import java.util.List;

/** 400: the input breaks a rule; lists every offending field with its reason. */
public class InvalidInputException extends DomainException {

    /** One broken rule: the field's path (such as {@code directives[0].leadUnit}) and why. */
    public record FieldError(String field, String messageKey, Object[] arguments) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            errors.add(new FieldError(field, messageKey, arguments));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
