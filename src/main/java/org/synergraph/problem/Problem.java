package org.synergraph.problem;

/**
 * A failure a person can act on: bad input, something missing, a limit reached, the graph unavailable, or a fault
 * of the server itself (INTERNAL: not the caller's doing, logged).
 * The HTTP layer turns each kind into a status code and a JSON body; the CLI prints the message.
 */
public final class Problem extends RuntimeException {

    /** What went wrong, from the caller's point of view. */
    public enum Kind { BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_ACCEPTABLE, TIMEOUT, TOO_LARGE, CONFLICT,
        UNAVAILABLE, INTERNAL }

    private final Kind kind;
    private final String code;

    public Problem(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Problem(Kind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public static Problem badRequest(String code, String message) {
        return new Problem(Kind.BAD_REQUEST, code, message);
    }

    public static Problem notFound(String code, String message) {
        return new Problem(Kind.NOT_FOUND, code, message);
    }

    public static Problem tooLarge(String code, String message) {
        return new Problem(Kind.TOO_LARGE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
