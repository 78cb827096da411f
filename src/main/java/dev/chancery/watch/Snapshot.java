package dev.chancery.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The .drl and .yaml files under some roots, with their size and modification time. */
record Snapshot(Map<Path, String> files) {

    static Snapshot of(List<Path> roots) {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".yaml")
                                || p.toString().endsWith(".yml"))
                        .forEach(p -> {
                            try {
                                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                                files.put(p, a.size() + "@" + a.lastModifiedTime().toMillis());
                            } catch (IOException e) {
                                files.put(p, "gone"); // deleted while we looked: a change all the same
                            }
                        });
            } catch (IOException | UncheckedIOException e) {
                files.put(root, "unreadable");
            }
        }
        return new Snapshot(files);
    }
}
