package dev.chancery.model;

/**
 * How a recognition in force ends: a withdrawal, a switch to the other side of an exclusive pair, or the
 * entity's end (a lapse). An enum, so that a rule that compares against a value that never occurs does not
 * compile: {@code Span( ending == Ending.WITHDRAW )}. Its words are those the explanations print.
 */
public enum Ending {
    WITHDRAW("withdraw"),
    EXCLUSIVE("exclusive"),
    LAPSE("lapse");

    private final String word;

    Ending(String word) {
        this.word = word;
    }

    @Override
    public String toString() {
        return word;
    }
}
