package dev.chancery.extract;

import dev.chancery.Fixtures;
import dev.chancery.extract.Extraction.Proposal;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus in src/test/resources/extract/: each ARTICLE.txt with ARTICLE.expected, one
 * expected event a line ("recognize PRK DPR 2022-07-13"; the date may end in ~ for approximate,
 * or be "undated"), a "published: DATE" line standing for --published, and # comments.
 * Articles named hard-* hold what the extractor is known to miss or get wrong.
 */
final class Corpus {
    private static World world;

    private Corpus() {
    }

    static synchronized World world() {
        if (world == null) {
            world = Fixtures.bundled();
        }
        return world;
    }

    static Path dir() {
        try {
            return Path.of(Corpus.class.getResource("/extract").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> articles() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String file) {
        try {
            return Files.readString(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected events of an article, as lines. */
    static List<String> expected(String article) {
        List<String> out = new ArrayList<>();
        for (String line : read(article + ".expected").lines().toList()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("published:")) {
                out.add(t);
            }
        }
        return out;
    }

    static LocalDate published(String article) {
        return read(article + ".expected").lines().filter(l -> l.startsWith("published:"))
                .map(l -> LocalDate.parse(l.substring("published:".length()).strip())).findFirst().orElse(null);
    }

    static Extraction extract(String article) {
        ArticleText text = ArticleText.parse(read(article + ".txt"));
        LocalDate given = published(article);
        return new Extractor(world()).extract(text, given != null ? given : text.published());
    }

    /** The proposed events as lines, one per target, in the form of the .expected files. */
    static List<String> lines(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Proposal p : x.events()) {
            String date = !p.dated() ? "undated" : p.when().date() + (p.when().approximate() ? "~" : "");
            for (Actor target : p.targets()) {
                out.add(p.type() + " " + p.by().id() + " " + target.id() + " " + date);
            }
        }
        return out;
    }

    /** "recognize PRK DPR 2022-07-13" → "recognize PRK DPR": what counts for precision and recall. */
    static String key(String line) {
        return line.substring(0, line.lastIndexOf(' '));
    }
}
