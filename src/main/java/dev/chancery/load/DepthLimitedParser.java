package dev.chancery.load;

import dev.chancery.input.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A YAML parser that stops at a list or mapping nested more than {@link #MAX_DEPTH} deep, where it opens.
 * Whatever composes nodes from the events recurses once a level (SnakeYAML's composer, {@link YamlStream}):
 * 20,000 nested lists in a facts file overflowed the stack, which killed the daemon and {@code watch}.
 * Checked as the parser hands over each event, before any recursion, so the limit holds for every reader.
 * No format of ours nests past 7 levels (a rule test's given events' lists).
 */
final class DepthLimitedParser implements Parser {
    static final int MAX_DEPTH = 64;

    private final Parser parser;
    private int depth;

    DepthLimitedParser(Parser parser) {
        this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
            throw new TooDeep(event.getStartMark());
        }
        if (event instanceof CollectionEndEvent) {
            depth--;
        }
        return event;
    }

    /** A list or mapping one level too deep, at the place it opens. */
    static final class TooDeep extends YAMLException {
        private final transient Mark at;

        TooDeep(Mark at) {
            super("nested more than " + MAX_DEPTH + " deep");
            this.at = at;
        }

        Problem problem(String displayName) {
            return new Problem(displayName, at.getLine() + 1, at.getColumn() + 1, getMessage());
        }
    }
}
