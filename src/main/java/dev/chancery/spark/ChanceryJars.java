package dev.chancery.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What a cluster's executors need of Chancery when the command line is the driver ({@code --on spark://...},
 * {@code yarn}): the jar it runs from and the dependencies its manifest names (target/lib), for
 * {@code spark.jars}. Spark is left out: the cluster has its own. Run from classes (the tests), there is no jar to
 * send: nothing is named. spark-submit sends the jars it is given itself.
 */
final class ChanceryJars {
    private ChanceryJars() {
    }

    static List<String> forExecutors() {
        try {
            Path jar = Path.of(ChanceryJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return List.of();
            }
            List<String> jars = new ArrayList<>(List.of(jar.toString()));
            try (JarFile file = new JarFile(jar.toFile())) {
                String classPath = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (classPath != null) {
                    for (String entry : classPath.trim().split("\\s+")) {
                        Path dependency = jar.resolveSibling(entry);
                        if (Files.isRegularFile(dependency)) {
                            jars.add(dependency.toString());
                        }
                    }
                }
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session on {@code master} (null: the one spark-submit gives), sending Chancery's jars to a cluster. */
    static org.apache.spark.sql.SparkSession session(String master, String name) {
        org.apache.spark.sql.SparkSession.Builder builder = org.apache.spark.sql.SparkSession.builder().appName(name);
        if (master != null) {
            builder.master(master);
            if (!master.startsWith("local")) {
                List<String> jars = forExecutors();
                if (!jars.isEmpty()) {
                    builder.config("spark.jars", String.join(",", jars));
                }
            }
        }
        return builder.getOrCreate();
    }
}
