package dev.chancery.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The synthetic worlds: the same arguments give the same file; the shape option bounds whose entities a state recognizes. */
class WorldGeneratorTest {
    private static final Pattern ENTITY = Pattern.compile("\\{id: (E\\d+), name: [^,]+, kind: entity, claimedFrom: (S\\d+)}");
    private static final Pattern RECOGNITION = Pattern.compile("type: recognize, by: (S\\d+), of: (E\\d+)}");

    @Property(tries = 20)
    void eachStateRecognizesEntitiesOfAtMostTheParentsDrawnForIt(@ForAll @IntRange(min = 2, max = 40) int states,
            @ForAll @IntRange(min = 1, max = 60) int entities, @ForAll @IntRange(min = 1, max = 4) int parents,
            @ForAll long seed) throws IOException {
        String world = world(new WorldGenerator(states, entities, 2_000, seed, parents));
        Map<String, String> parentOf = new HashMap<>();
        for (Matcher m = ENTITY.matcher(world); m.find(); ) {
            parentOf.put(m.group(1), m.group(2));
        }
        Map<String, Set<String>> parentsRecognized = new HashMap<>();
        for (Matcher m = RECOGNITION.matcher(world); m.find(); ) {
            String parent = parentOf.get(m.group(2));
            assertThat(parent).as("a state never recognizes its own entity").isNotEqualTo(m.group(1));
            parentsRecognized.computeIfAbsent(m.group(1), s -> new HashSet<>()).add(parent);
        }
        assertThat(parentsRecognized).isNotEmpty();
        assertThat(parentsRecognized.values()).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(parents));
    }

    @Test
    void withoutTheOptionStatesRecognizeEntitiesOfManyParents() throws Exception {
        String world = world(new WorldGenerator(50, 100, 20_000, 7));
        Map<String, String> parentOf = new HashMap<>();
        for (Matcher m = ENTITY.matcher(world); m.find(); ) {
            parentOf.put(m.group(1), m.group(2));
        }
        Map<String, Set<String>> parentsRecognized = new HashMap<>();
        for (Matcher m = RECOGNITION.matcher(world); m.find(); ) {
            parentsRecognized.computeIfAbsent(m.group(1), s -> new HashSet<>()).add(parentOf.get(m.group(2)));
        }
        assertThat(parentsRecognized.values()).anySatisfy(p -> assertThat(p).hasSizeGreaterThan(10));
        // the same file as before the option existed (its SHA-256 then), so the worlds of the benchmarks stay
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(world.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("5a58461ba099327c91e19897bf1abc8baf7a5179c41b882f533264e0a4dd393a");
    }

    @Test
    void theSameArgumentsGiveTheSameWorld() throws IOException {
        assertThat(world(new WorldGenerator(30, 20, 5_000, 3, 2))).isEqualTo(world(new WorldGenerator(30, 20, 5_000, 3, 2)))
                .isNotEqualTo(world(new WorldGenerator(30, 20, 5_000, 3, 3)));
    }

    @Test
    void aNegativeCountOfParentsIsRefused() {
        assertThatThrownBy(() -> new WorldGenerator(3, 3, 3, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 (any) or more");
    }

    private static String world(WorldGenerator generator) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(out);
        return out.toString();
    }
}
