package dev.chancery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder the launcher takes for a JDK: it reads the version from the {@code release} file and starts no JVM to
 * ask, so a release file and a {@code bin/java} script (which may note its starts, fail, or run a real JVM) will do.
 */
final class FakeJdk {
    private FakeJdk() {
    }

    /** A JDK folder at {@code home} with the release file {@code release} and {@code script} as its java; that java. */
    static Path at(Path home, String release, String script) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), release);
        Path java = Files.writeString(home.resolve("bin/java"), script);
        if (!java.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + java + " executable");
        }
        return java;
    }

    /** The release file of a JDK of version {@code major}. */
    static String release(int major) {
        return "JAVA_VERSION=\"" + major + ".0.1\"\n";
    }

    /** The release file of the JDK at {@code jdk}. */
    static String releaseOf(Path jdk) throws IOException {
        return Files.readString(jdk.resolve("release"));
    }
}
