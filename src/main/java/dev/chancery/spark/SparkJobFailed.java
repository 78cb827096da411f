package dev.chancery.spark;

/**
 * A Spark job that failed (a task past its retries, a lost cluster): what the command says instead of Spark's
 * stack trace, with what is kept of the work.
 */
public final class SparkJobFailed extends RuntimeException {
    SparkJobFailed(String what, Throwable cause) {
        super(what + ": " + rootMessage(cause), cause);
    }

    /** The first line of the deepest cause's message: Spark wraps a task's failure in several layers. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return dev.chancery.text.Printable.message(message.lines().findFirst().orElse(message));
    }
}
