package dev.chancery.input;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The project folder that holds the default {@code facts/} and {@code rules/}, and how paths are
 * shown in messages: relative to that folder when inside it, so that a message reads
 * {@code facts/cases/donbas-2022.yaml:41:9} from whatever directory the command ran in.
 */
public record Workspace(Path home) {

    /** The launcher passes the project folder as {@code -Dchancery.home}; otherwise the current directory. */
    public static Workspace detect() {
        String home = System.getProperty("chancery.home");
        return new Workspace(Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath().normalize());
    }

    public Path factsDir() {
        return home.resolve("facts");
    }

    public Path referenceDir() {
        return factsDir().resolve("reference");
    }

    public Path scenariosDir() {
        return factsDir().resolve("scenarios");
    }

    public Path rulesDir() {
        return home.resolve("rules");
    }

    /**
     * The user's directory of the command this thread runs (and of the threads it starts), when it is not the
     * process's: a warm daemon serves commands from many directories at once, each on its own thread.
     */
    private static final InheritableThreadLocal<Path> USER_DIRECTORY = new InheritableThreadLocal<>();

    /** Runs {@code command} on this thread as if started in {@code directory}. */
    public static <T> T inDirectory(Path directory, Supplier<T> command) {
        Path saved = USER_DIRECTORY.get();
        USER_DIRECTORY.set(directory.toAbsolutePath().normalize());
        try {
            return command.get();
        } finally {
            USER_DIRECTORY.set(saved);
        }
    }

    /** The directory the user ran the command in: the one {@link #inDirectory} gives, else the process's own. */
    public static Path currentDirectory() {
        Path given = USER_DIRECTORY.get();
        return given != null ? given : Path.of("").toAbsolutePath().normalize();
    }

    /** A path the user typed: relative to the current directory. */
    public Path userPath(String text) {
        return currentDirectory().resolve(text).normalize();
    }

    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = currentDirectory();
        Path shown = absolute.startsWith(home) ? home.relativize(absolute)
                : absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
