package dev.chancery.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench page in a real browser: Debian's chromium driven through chromedriver (chromium-driver), which
 * .ci/run installs; skipped where they are missing. Screenshots go to target/screenshots/.
 */
class ServeInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static Workbench bench;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromium-driver installed");
        bench = WorkbenchFixture.start();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bench != null) {
            bench.close();
        }
    }

    private static WebDriverWait waiting() {
        // the table is rebuilt as answers come: an element read a moment ago may have been replaced
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static String tally(String entity) {
        // the cell's own text, without its "why" button
        return String.valueOf(((JavascriptExecutor) browser).executeScript("const cell = document.querySelector("
                + "'#entity-' + arguments[0] + ' td.tally'); return cell ? cell.firstChild.textContent : null;", entity));
    }

    private static void setDate(String id, String date) {
        ((JavascriptExecutor) browser).executeScript("const input = document.getElementById(arguments[0]);"
                + " input.value = arguments[1]; input.dispatchEvent(new Event('change'));", id, date);
    }

    private static void screenshot(String name) throws Exception {
        Path file = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAnalystMovesTheDateAsksWhatIfAndWhyAndExports() throws Exception {
        browser.get(bench.url().toString());
        waiting().until(d -> !d.findElements(By.id("entity-DPR")).isEmpty());

        // the date: DPR's tally goes from 2 to 3 across 2022-07-13, when North Korea recognized it
        setDate("as-of", "2022-07-12");
        waiting().until(d -> tally("DPR").equals("2"));
        setDate("as-of", "2022-07-14");
        waiting().until(d -> tally("DPR").equals("3"));
        // compared with the day before: DPR's row is highlighted, and what changed is listed
        setDate("compare-with", "2022-07-12");
        waiting().until(d -> d.findElement(By.id("compare-changes")).getText().contains("DPR: tally 2 → 3"));
        assertThat(browser.findElement(By.id("entity-DPR")).getAttribute("class")).isEqualTo("changed");
        assertThat(browser.findElement(By.cssSelector("#entity-DPR td.then")).getText()).isEqualTo("2"); // side by side
        screenshot("workbench-entities");
        setDate("compare-with", "");

        // what if North Korea never recognized: the tally drops, and the change is shown
        new Select(browser.findElement(By.id("wi-mode"))).selectByValue("remove");
        setDate("wi-date", "2022-07-13");
        browser.findElement(By.id("wi-by")).sendKeys("PRK");
        browser.findElement(By.id("wi-target")).sendKeys("DPR");
        browser.findElement(By.cssSelector("#what-if button")).click();
        waiting().until(d -> tally("DPR").equals("2"));
        assertThat(browser.findElement(By.id("wi-changes")).getText()).contains("DPR: tally 3 → 2");
        screenshot("workbench-what-if");

        // the what-if saves as a scenario file
        String saved = java.net.URLDecoder.decode(browser.findElement(By.id("wi-save")).getAttribute("href")
                .replaceFirst("^data:text/yaml;charset=utf-8,", ""), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).contains("name: what-if", "remove:", "- {date: 2022-07-13, type: recognize, by: PRK, of: DPR}");
        java.nio.file.Path file = Files.createTempFile("what-if", ".yaml");
        Files.writeString(file, saved);
        try {
            dev.chancery.load.Scenario read = new dev.chancery.load.ScenarioReader(dev.chancery.Fixtures.workspace())
                    .read(file);
            assertThat(read.world().events()).noneMatch(e -> e.by().equals("PRK") && e.target().equals("DPR")
                    && e.type().equals("recognize"));
        } finally {
            Files.delete(file);
        }

        // a second what-if in a tab of its own: the first keeps its events and its answer
        browser.findElement(By.id("wi-new-tab")).click();
        waiting().until(d -> tally("DPR").equals("3"));
        assertThat(browser.findElement(By.id("wi-events")).getText()).isEmpty();
        browser.findElement(By.xpath("//p[@id='wi-tabs']/button[text()='what-if 1']")).click();
        waiting().until(d -> tally("DPR").equals("2"));
        assertThat(browser.findElement(By.id("wi-events")).getText()).contains("switch off 2022-07-13 recognize PRK DPR");
        browser.findElement(By.xpath("//p[@id='wi-tabs']/button[text()='what-if 2']")).click();

        // the same by switching the event off in DPR's list of events, in the new what-if
        waiting().until(d -> tally("DPR").equals("3"));
        browser.findElement(By.id("entity-DPR")).click();
        waiting().until(d -> d.findElement(By.id("events")).getText().contains("2022-07-13 recognize PRK DPR"));
        // its page: the order of recognition and the tally over time
        assertThat(browser.findElement(By.id("ordinals")).getText()).contains("PRK 3why 2022-07-13");
        assertThat(java.net.URLDecoder.decode(browser.findElement(By.id("ordinals-export")).getAttribute("href"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("Recognizer,Ordinal,Since,Until\r\n", "PRK,3,2022-07-13,");
        assertThat(browser.findElements(By.cssSelector("#actors option[value='BLR']"))).isNotEmpty();
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const img = document.getElementById('timeline'); return img.complete && img.naturalWidth > 0;")));
        // and on the world map: North Korea recognizes it, Ukraine is the state it is claimed from
        waiting().until(d -> !d.findElements(By.cssSelector("#map path[data-id='PRK']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#map path[data-id='PRK']")).getAttribute("class"))
                .isEqualTo("country in-force");
        assertThat(browser.findElement(By.cssSelector("#map path[data-id='UKR']")).getAttribute("class"))
                .isEqualTo("country parent");
        assertThat(browser.findElement(By.cssSelector("#map path[data-id='FRA']")).getAttribute("class"))
                .isEqualTo("country none");
        screenshot("workbench-entity");
        browser.findElement(By.xpath("//ul[@id='events']/li[contains(., 'recognize PRK DPR')]/button")).click();
        waiting().until(d -> tally("DPR").equals("2"));

        // a scenario of facts/scenarios/, opened
        browser.findElement(By.id("wi-clear")).click();
        waiting().until(d -> tally("DPR").equals("3"));
        waiting().until(d -> !d.findElements(By.cssSelector("#scenarios option[value='north-korea-never']")).isEmpty());
        new Select(browser.findElement(By.id("scenarios"))).selectByValue("north-korea-never");
        waiting().until(d -> tally("DPR").equals("2"));

        // why UKR severed relations with PRK: down to Yonhap's report
        setDate("as-of", "2022-07-14");
        waiting().until(d -> tally("DPR").equals("3"));
        browser.findElement(By.id("conclusion-filter")).sendKeys("UKR:PRK");
        browser.findElement(By.cssSelector("button[data-id='severance:UKR:PRK:2022-07-13']")).click();
        waiting().until(d -> d.findElement(By.id("why")).getText().contains("Yonhap"));
        screenshot("workbench-why");

        // a tally and a rank open their derivations too
        browser.findElement(By.cssSelector("button[data-id='tally DPR']")).click();
        waiting().until(d -> d.findElement(By.id("why")).getText().startsWith("tally DPR = 3"));
        assertThat(browser.findElement(By.id("why")).getText()).contains("Yonhap");

        // export: the table as CSV, for the date shown
        String href = browser.findElement(By.id("export")).getAttribute("href");
        String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv).startsWith("id,name,status,tally").contains("\r\nDPR,Donetsk People's Republic,");
    }
}
