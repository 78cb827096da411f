package dev.chancery.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.load.World;
import dev.chancery.model.Actor;
import dev.chancery.result.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recognition graph: who recognizes what, claimed from whom, and which relations are severed, how. */
class GraphDotTest {
    private static final Path DONBAS = Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml");

    private static String graphOf(World world) {
        Result result = Evaluation.evaluate(Fixtures.rules(), world, null, Reasoner.DEFAULT_FIRING_LIMIT);
        return new GraphDot(world.actorsById()).render(result);
    }

    @Test
    void givenTheFoundingCaseThenRecognizersPointAtEntitiesWhichPointAtTheirParent() {
        String dot = graphOf(Fixtures.load(DONBAS));

        assertThat(dot).startsWith("digraph chancery {")
                .contains("\"UKR:PRK\" -> \"UKR:DPR\" [label=\"3rd\"")
                .contains("\"UKR:RUS\" -> \"UKR:LPR\" [label=\"1st\"")
                .contains("\"UKR:DPR\" -> \"UKR:UKR\" [label=\"claimed from\"")
                .contains("subgraph \"cluster_UKR\"");
    }

    @Test
    void givenAnInferredConfirmedSeveranceThenItIsARedDashedEdgeLabelledWithItsBasis() {
        String dot = graphOf(Fixtures.load(DONBAS));

        assertThat(dot).contains("\"UKR:UKR\" -> \"UKR:PRK\" [label=\"severed 2022-07-13\\npolicy, confirmed ✓\", "
                + "style=dashed, penwidth=1.6, color=\"#b42318\"");
    }

    @Test
    void givenAReportedSeveranceThenItIsARedSolidEdge() {
        String dot = graphOf(Fixtures.bundled());

        assertThat(dot).contains("\"GEO:GEO\" -> \"GEO:RUS\" [label=\"severed 2008-08-29\\nreported\", style=solid");
    }

    @Test
    void givenManyRecognizersThenTheQuietOnesAreNamedInOneNote() {
        String dot = graphOf(Fixtures.bundled());

        assertThat(dot).contains("\"PSE:more PSE\" [shape=note").containsPattern("label=\"157 more in force:\\\\nAFG ");
    }

    @Test
    void givenQuotesAndBackslashesInNamesThenTheDotStillParses() throws Exception {
        assumeTrue(Graphviz.installed(), "Graphviz's dot is not installed");
        Actor odd = new Actor("ODD", "The \"Odd\" Republic \\ of Backslash", Actor.ENTITY, "UKR", false, List.of(), null);
        Result result = new Result(null, List.of(new dev.chancery.result.EntityResult("ODD", odd.name(), "UKR", "claimed",
                null, 0, List.of(), List.of(), List.of(), List.of())), List.of(), List.of(), List.of());

        String svg = Graphviz.svg(new GraphDot(Map.of("ODD", odd)).render(result));

        assertThat(svg).contains("<svg").contains("The &quot;Odd&quot; Republic \\ of Backslash");
    }
}
