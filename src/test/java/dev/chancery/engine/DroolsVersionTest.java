package dev.chancery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * engine/Reasoner.java and engine/Grounds.java read Drools internals (a match's tuple, truth maintenance's
 * belief sets) to find the facts a conclusion rests on. They were checked with the versions below; an upgrade
 * fails here first, with what to look at, instead of as wrong reasons somewhere else.
 */
class DroolsVersionTest {
    private static final String CHECKED_WITH = "10.2.0";

    private static String version(String artifact) throws IOException {
        String resource = "/META-INF/maven/org.drools/" + artifact + "/pom.properties";
        try (InputStream in = DroolsVersionTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    @Test
    void theDroolsInternalsReadAreThoseOfTheVersionTheyWereCheckedWith() throws IOException {
        for (String artifact : new String[] {"drools-core", "drools-tms"}) {
            assertThat(version(artifact))
                    .as(artifact + " was upgraded: check what engine/Reasoner.java and engine/Grounds.java read of its"
                            + " internals (TupleImpl, InternalFactHandle, TruthMaintenanceSystemEqualityKey, BeliefSet,"
                            + " SimpleMode), run the reasons' tests (BecauseTest, ExplainTest), then update CHECKED_WITH")
                    .isEqualTo(CHECKED_WITH);
        }
    }
}
