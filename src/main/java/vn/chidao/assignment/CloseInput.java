package vn.chidao.assignment;

import jakarta.validation.constraints.Size;

/** Closing an ongoing directive; the comment (optional) says why it needs no more reports. */
public record CloseInput(@Size(max = 2000, message = "{error.size}") String comment) {
}
