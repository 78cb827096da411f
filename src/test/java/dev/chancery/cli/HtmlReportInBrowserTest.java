package dev.chancery.cli;

import static dev.chancery.cli.CliTest.chancery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chancery.Fixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the founding case as a reader sees it: rendered by headless Chromium (Debian's
 * {@code chromium}, which .ci/run installs), with no console message, showing DPR's tally, North
 * Korea as third and the UKR–PRK severance, and a screenshot that is a real picture. Skipped where
 * Chromium is not installed.
 */
class HtmlReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where the screenshot is kept, to look at after the build. */
    private static final Path SCREENSHOT = Fixtures.workspace().home().resolve("target/screenshots/founding-case.png");

    @TempDir
    static Path dir;
    private static Path report;
    /** The page as Chromium loaded it (--dump-dom), once for the tests that read it. */
    private static Browser loaded;

    record Browser(int code, String out, String log) {
        /** Console lines: the page has no script, so any is a complaint (a failed load, a parse error). */
        List<String> console() {
            return log.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
        }
    }

    @BeforeAll
    static void renderTheFoundingCaseAndLoadIt() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        report = dir.resolve("founding-case.html");
        CliTest.Run run = chancery("run", "--format", "html", "--out", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        loaded = chromium("--dump-dom", report.toUri().toString());
    }

    static Browser chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path log = Files.createTempFile(dir, "log", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium took more than 120 s: " + Files.readString(log));
        }
        return new Browser(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The text a reader sees: tags as spaces, the entities the report uses decoded, spaces collapsed. */
    private static String text(String html) {
        return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }

    private static String section(String dom, String id) {
        int start = dom.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    @Test
    void thePageLoadsWithNoConsoleMessage() {
        assertThat(loaded.code()).as(loaded.log()).isZero();
        assertThat(loaded.out()).contains("</html>");
        assertThat(loaded.console()).isEmpty();
    }

    @Test
    void theConsoleCheckSeesAnError() throws Exception {
        // the control: a page with a script error must be caught, or the test above proves nothing
        Path bad = Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><p>x</p><script>undefinedFunction();</script>");

        Browser browser = chromium("--dump-dom", bad.toUri().toString());

        assertThat(browser.console()).anySatisfy(line -> assertThat(line).contains("Uncaught ReferenceError"));
    }

    @Test
    void thePageShowsTheTallyTheThirdRecognizerAndTheSeverance() {
        String dom = loaded.out();

        String dpr = text(section(dom, "entity-DPR"));
        assertThat(dpr).contains("DPR Donetsk People's Republic claimed from Ukraine (UKR) · claimed 3 tally")
                .contains("3rd PRK North Korea since 2022-07-13 in force");
        assertThat(text(dom)).contains("UKR–PRK Ukraine – North Korea severed 2022-07-13 policy ✓ by a report")
                .contains("severance:UKR:PRK:2022-07-13 because PRK recognized DPR on 2022-07-13 and UKR severs relations"
                        + " with recognizers of DPR (policy");
    }

    @Test
    void theScreenshotIsAPicture() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);

        Browser browser = chromium("--screenshot=" + SCREENSHOT, "--window-size=1280,2000", report.toUri().toString());

        assertThat(browser.code()).as(browser.log()).isZero();
        assertThat(SCREENSHOT).exists();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(30_000);
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours: text, charts and badges, not a blank page").hasSizeGreaterThan(50);
        // the banner at the top is the report's navy, so the page was laid out with its own CSS
        assertThat(image.getRGB(640, 20) & 0xffffff).isEqualTo(0x1d3b6f);
    }
}
