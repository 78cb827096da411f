package dev.chancery.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.model.Actor;
import dev.chancery.result.ConclusionResult;
import dev.chancery.result.EntityResult;
import dev.chancery.result.RelationResult;
import dev.chancery.result.Result;
import dev.chancery.result.WarningResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever the facts say, the pages show it as text: HTML and Markdown are escaped. */
class HtmlEscapingTest {
    private static final String NASTY = "<script>alert('x')</script> & \"Co\" | *bold* `tick`";

    private static Result nastyResult() {
        LocalDate d = LocalDate.of(2022, 7, 13);
        return new Result(d,
                List.of(new EntityResult("XEN", NASTY, "UKR", "claimed", null, 1,
                        List.of(new EntityResult.Recognition("PRK", d, 1, false)), List.of(), List.of(), List.of())),
                List.of(new RelationResult("UKR", "PRK", "severed", d, "policy", true)),
                List.of(new ConclusionResult("severance:UKR:PRK:2022-07-13", "severance", NASTY, NASTY, List.of(NASTY))),
                List.of(new WarningResult("claim-mismatch", NASTY, "facts/x.yaml:3")));
    }

    private static Map<String, Actor> actors() {
        return Map.of("PRK", new Actor("PRK", NASTY, Actor.STATE, null, true, List.of(), null));
    }

    @Test
    void givenMarkupInTheFactsWhenRenderedAsHtmlThenItIsText() {
        String html = new HtmlReport(actors(), NASTY).render(nastyResult());

        assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
    }

    @Test
    void givenMarkupInTheFactsWhenRenderedAsMarkdownThenTablesAndHtmlAreEscaped() {
        String md = new MarkdownReport(actors(), "subject").render(nastyResult());

        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").contains("\\<script\\>").contains("\\| \\*bold\\* \\`tick\\`");
    }

    @Test
    void inlineCodeWithBackticksGetsALongerFence() {
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
        assertThat(Markdown.code("A|B")).isEqualTo("`A\\|B`");
    }

    @Test
    void theHtmlPageFetchesNothing() {
        String html = new HtmlReport(actors(), "s").render(nastyResult());

        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe|object)\\b")
                .doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//")
                .doesNotContainPattern("(?i)@import|url\\(");
    }
}
