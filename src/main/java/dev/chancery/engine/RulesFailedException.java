package dev.chancery.engine;

/** The rules failed at run time: an exception in a rule, or a runaway loop stopped by the firing limit. Exit 3. */
public class RulesFailedException extends RuntimeException {
    public RulesFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
