package dev.chancery.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz's {@code dot}, run as a process to lay out DOT as SVG. It is optional: callers ask
 * {@link #locate()} first and say {@link #MISSING} when it is not there. The system property
 * {@code chancery.dot} names the program instead of looking it up on the PATH (tests use it).
 */
public final class Graphviz {
    public static final String MISSING = "Graphviz's dot is not installed: apt-get install graphviz, or use --format dot";
    private static final long TIMEOUT_SECONDS = 120;

    private Graphviz() {
    }

    /** dot -Tsvg failed or took too long. */
    public static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    public static Optional<Path> locate() {
        String given = System.getProperty("chancery.dot");
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "dot");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean installed() {
        return locate().isPresent();
    }

    /** The SVG document dot draws for {@code dotSource}. */
    public static String svg(String dotSource) {
        Path dot = locate().orElseThrow(() -> new Failed(MISSING));
        Path dir = null;
        try {
            // files, not pipes: a big graph would otherwise fill one pipe while we block on the other
            dir = Files.createTempDirectory("chancery-dot");
            Path in = Files.writeString(dir.resolve("graph.dot"), dotSource, StandardCharsets.UTF_8);
            Path out = dir.resolve("graph.svg");
            Path err = dir.resolve("dot.err");
            Process process = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", out.toString(), in.toString())
                    .redirectErrorStream(false).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Failed("Graphviz's dot took more than " + TIMEOUT_SECONDS + " s and was stopped");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                throw new Failed("Graphviz's dot failed (exit " + process.exitValue() + "): "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failed("could not run Graphviz's dot: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while Graphviz's dot was running");
        } finally {
            deleteAll(dir);
        }
    }

    /**
     * The {@code <svg>} element alone (no XML prolog, doctype or comments), to put inside a page;
     * its ids (dot numbers them graph0, node1, ... in every picture) prefixed, so that several
     * pictures in one page keep them unique.
     */
    public static String inline(String svgDocument, String idPrefix) {
        int start = svgDocument.indexOf("<svg");
        String svg = start < 0 ? svgDocument : svgDocument.substring(start);
        return svg.replaceAll("(?s)<!--.*?-->\\s*", "").replace(" id=\"", " id=\"" + idPrefix).strip();
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
