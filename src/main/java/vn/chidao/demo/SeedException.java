package vn.chidao.demo;

/** A seed file that cannot be read, checked or loaded; the message names the file and the entry at fault. */
class SeedException extends RuntimeException {

    SeedException(String message) {
        super(message);
    }

    SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
