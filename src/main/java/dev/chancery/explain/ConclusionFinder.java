package dev.chancery.explain;

import dev.chancery.engine.Reasoner;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.model.Ordinal;
import dev.chancery.model.Relation;
import dev.chancery.model.Tally;
import dev.chancery.model.Conclusion;
import java.util.List;
import java.util.Optional;

/**
 * Finds a conclusion by the name reports show: a conclusion id ({@code severance:UKR:PRK:2022-07-13}),
 * {@code tally DPR}, {@code ordinal DPR PRK}, or a pair of states for their relations ({@code UKR PRK}).
 */
public final class ConclusionFinder {
    private ConclusionFinder() {
    }

    public static Object find(Reasoner reasoner, String name) {
        String[] words = name.trim().split("[\\s,]+");
        Optional<?> found;
        if (words.length == 2 && words[0].equalsIgnoreCase("tally")) {
            found = reasoner.all(Tally.class).stream().filter(t -> t.entity().equals(words[1])).findFirst();
        } else if (words.length == 3 && words[0].equalsIgnoreCase("ordinal")) {
            found = reasoner.all(Ordinal.class).stream()
                    .filter(o -> o.entity().equals(words[1]) && o.state().equals(words[2])).findFirst();
        } else if (words.length == 2) {
            found = reasoner.all(Relation.class).stream()
                    .filter(r -> r.a().equals(words[0]) && r.b().equals(words[1])
                            || r.a().equals(words[1]) && r.b().equals(words[0])).findFirst();
        } else {
            found = reasoner.all(Conclusion.class).stream().filter(c -> c.id().equals(name.trim()))
                    .map(Conclusion::fact).findFirst();
        }
        if (found.isPresent()) {
            return found.get();
        }
        List<String> known = reasoner.all(Conclusion.class).stream().map(Conclusion::id).sorted().toList();
        throw new InputException(Problem.usage("no conclusion '" + name + "' in these facts"
                + " (try a conclusion id such as " + (known.isEmpty() ? "severance:UKR:PRK:2022-07-13" : known.get(0))
                + ", 'tally DPR', 'ordinal DPR PRK' or a pair of states 'UKR PRK'; --why-not asks why one is absent)"));
    }
}
