package dev.chancery.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The facts an accumulate collected, as a match holds them: one function's result is its collection, several
 * functions' results come as an array of them. Values that are not facts (the ids a {@code collectSet}
 * gathers to count them) are left out: they are numbers' workings, not reasons.
 */
public final class Accumulated {
    private Accumulated() {
    }

    /** Whether {@code premise} is an accumulate's result rather than a fact. */
    public static boolean is(Object premise) {
        return premise instanceof Collection<?> || premise instanceof Object[];
    }

    /** The facts in an accumulate's result ({@link #is} true). */
    public static List<Object> facts(Object premise) {
        List<Object> out = new ArrayList<>();
        if (premise instanceof Object[] results) {
            for (Object result : results) {
                if (result instanceof Collection<?> collected) {
                    add(collected, out);
                }
            }
        } else if (premise instanceof Collection<?> collected) {
            add(collected, out);
        }
        return out;
    }

    private static void add(Collection<?> collected, List<Object> out) {
        for (Object c : collected) {
            if (!(c instanceof String || c instanceof Number)) {
                out.add(c);
            }
        }
    }
}
