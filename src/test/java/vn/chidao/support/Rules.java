package vn.chidao.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.chidao.base.InvalidInputException;

/** Reads a service's 400 the way the API reports it: the fields of the broken rules. */
public final class Rules {

    private Rules() {
    }

    /**
     * Runs {@code call}, which must fail with invalid input (a domain rule or a Bean Validation constraint),
     * and returns the offending fields as the API names them ({@code directives[0].leadUnit}).
     */
    public static List<String> invalidFields(ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().map(Rules::field).sorted().toList();
        } catch (Throwable e) {
            throw new AssertionError("Expected invalid input but got " + e, e);
        }
        throw new AssertionError("Expected invalid input but the call succeeded");
    }

    /** "create.draft.directives[0].content" → "directives[0].content": without method and parameter. */
    private static String field(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
        return parts[parts.length - 1];
    }
}
