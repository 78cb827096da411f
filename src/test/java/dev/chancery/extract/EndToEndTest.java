package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extracted facts of the founding article, reviewed (Russia's and Syria's recognitions given
 * their dates) and loaded with the Donbas case's actors and policy but none of its events or
 * claims, reproduce the founding case: DPR's tally 3 with North Korea 3rd, and Ukraine's
 * severance with North Korea, by policy, confirmed by the extracted report.
 */
class EndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theReviewedExtractionReproducesTheFoundingCase() throws IOException {
        String yaml = extractedSeed();
        String reviewed = review(yaml, Map.of("RUS", "2022-02-21", "SYR", "2022-06-29"));
        assertThat(reviewed).doesNotContain("YYYY-MM-DD");
        World world = Fixtures.load(donbasActorsAndPolicies(), Fixtures.write(dir, "nk.yaml", reviewed));
        Result result = Evaluation.evaluate(Fixtures.rules(), world, null, Reasoner.DEFAULT_FIRING_LIMIT);

        for (String entity : List.of("DPR", "LPR")) {
            EntityResult e = result.entity(entity);
            assertThat(e.tally()).as(entity).isEqualTo(3);
            assertThat(e.ordinalOf("RUS")).isEqualTo(1);
            assertThat(e.ordinalOf("SYR")).isEqualTo(2);
            assertThat(e.ordinalOf("PRK")).isEqualTo(3);
        }
        RelationResult relation = result.relation("UKR", "PRK");
        assertThat(relation.status()).isEqualTo("severed");
        assertThat(relation.since()).isEqualTo(LocalDate.parse("2022-07-13"));
        assertThat(relation.basis()).isEqualTo("policy");
        assertThat(relation.confirmed()).isTrue();
        assertThat(result.conclusion("severance:UKR:PRK:2022-07-13")).isNotNull();
        assertThat(result.conclusion("claim-confirmed:ordinal:PRK:DPR:2022-07-13")).isNotNull();
        assertThat(result.conclusion("claim-confirmed:ordinal:PRK:LPR:2022-07-13")).isNotNull();
        assertThat(result.warnings()).noneMatch(w -> w.kind().equals("claim-mismatch"));
    }

    @Test
    void theUnreviewedExtractionLoadsAsItIs() {
        World world = Fixtures.load(donbasActorsAndPolicies(), Fixtures.write(dir, "nk.yaml", extractedSeed()));
        assertThat(world.events()).extracting(e -> e.type() + " " + e.by() + " " + e.target() + " " + e.date())
                .containsExactlyInAnyOrder("recognize PRK DPR 2022-07-13", "recognize PRK LPR 2022-07-13",
                        "sever-relations UKR PRK 2022-07-13");
        Result result = Evaluation.evaluate(Fixtures.rules(), world, null, Reasoner.DEFAULT_FIRING_LIMIT);
        // Russia's and Syria's recognitions wait for a reviewer: North Korea is first, and the
        // article's claim that it is third is reported as a mismatch.
        assertThat(result.entity("DPR").ordinalOf("PRK")).isEqualTo(1);
        assertThat(result.warnings()).anyMatch(w -> w.kind().equals("claim-mismatch"));
    }

    private static String extractedSeed() {
        ArticleText article = ArticleText.parse(Corpus.read(SeedArticleTest.SEED + ".txt"));
        return FactsYamlWriter.write(new Extractor(Corpus.world()).extract(article, LocalDate.parse("2022-07-14")),
                SeedArticleTest.SEED + ".txt");
    }

    /** What a reviewer does: gives a date to the commented-out events of these recognizers and uncomments them. */
    static String review(String yaml, Map<String, String> dates) {
        List<String> lines = yaml.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.equals("  # - date: " + FactsYamlWriter.PLACEHOLDER)) {
                out.add(line);
                continue;
            }
            List<String> block = new ArrayList<>(List.of(line));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("  #   ")) {
                block.add(lines.get(++i));
            }
            String by = block.stream().filter(l -> l.startsWith("  #   by: ")).map(l -> l.substring(10).strip())
                    .findFirst().orElse("");
            if (!dates.containsKey(by)) {
                out.addAll(block);
                continue;
            }
            for (String b : block) {
                out.add(("  " + b.substring(4)).replace(FactsYamlWriter.PLACEHOLDER, dates.get(by)));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** facts/cases/donbas-2022.yaml without its events and claims: the actors and the policy. */
    private Path donbasActorsAndPolicies() {
        try {
            List<String> kept = new ArrayList<>();
            boolean skipping = false;
            for (String line : Files.readAllLines(Fixtures.workspace().factsDir().resolve("cases/donbas-2022.yaml"))) {
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                    skipping = line.startsWith("events:") || line.startsWith("claims:");
                }
                if (!skipping) {
                    kept.add(line);
                }
            }
            return Fixtures.write(dir, "donbas-actors.yaml", String.join("\n", kept) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
