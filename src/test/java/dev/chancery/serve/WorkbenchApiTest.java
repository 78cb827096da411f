package dev.chancery.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's JSON API over HTTP, and who it refuses. */
class WorkbenchApiTest {
    private static Workbench bench;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        bench = WorkbenchFixture.start();
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(bench.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String token, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(bench.url().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Chancery-Token", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int tally(JsonNode run, String entity) {
        for (JsonNode e : run.get("entities")) {
            if (e.get("id").asText().equals(entity)) {
                return e.get("tally").asInt();
            }
        }
        throw new AssertionError("no " + entity);
    }

    @Test
    void runFollowsTheDateAsRunDoes() throws Exception {
        assertThat(bench.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(tally(JSON.readTree(get("api/run?asOf=2022-07-12").body()), "DPR")).isEqualTo(2);
        assertThat(tally(JSON.readTree(get("api/run?asOf=2022-07-14").body()), "DPR")).isEqualTo(3);
        assertThat(get("api/entities.csv?asOf=2022-07-14").body()).contains("\r\nDPR,").startsWith("id,name,status,tally");
    }

    @Test
    void aWhatIfGivesItsResultAndWhatItChanges() throws Exception {
        String scenario = "{\"name\": \"no PRK\", \"asOf\": \"2022-12-31\", \"remove\": {\"events\": "
                + "[{\"type\": \"recognize\", \"by\": \"PRK\", \"of\": \"DPR\"}]}}";
        JsonNode answer = JSON.readTree(post("api/what-if", scenario, bench.token(), null).body());
        assertThat(tally(answer.get("result"), "DPR")).isEqualTo(2);
        assertThat(answer.get("changes").get("tallies").toString()).contains("\"entity\":\"DPR\"", "\"before\":3", "\"after\":2");
    }

    @Test
    void aWhatIfThatNamesNoBaseIsOnTheServedFacts() throws Exception {
        try (Workbench donbas = WorkbenchFixture.start(dev.chancery.Fixtures.load(
                dev.chancery.Fixtures.workspace().home().resolve("facts/cases/donbas-2022.yaml")))) {
            String scenario = "{\"add\": {\"events\": [{\"date\": \"2022-08-01\", \"type\": \"recognize\","
                    + " \"by\": \"BLR\", \"of\": \"DPR\"}]}}";
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(donbas.url().resolve("api/what-if"))
                    .header("X-Chancery-Token", donbas.token()).POST(HttpRequest.BodyPublishers.ofString(scenario))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            assertThat(tally(answer.get("result"), "DPR")).isEqualTo(4);
            assertThat(answer.get("result").get("entities").toString()).doesNotContain("\"PSE\"");
        }
    }

    @Test
    void compareGivesWhatChangedBetweenTwoDates() throws Exception {
        String diff = get("api/compare?from=2022-07-12&to=2022-07-14").body();
        assertThat(diff).contains("\"entity\" : \"DPR\"", "\"before\" : 2", "\"after\" : 3", "\"state\" : \"PRK\"");
        assertThat(get("api/compare?from=2022-07-12").statusCode()).isEqualTo(400);
    }

    @Test
    void eventsListsAnActorsEventsAsARemovalNamesThem() throws Exception {
        String events = get("api/events?id=DPR").body();
        assertThat(events).contains("\"date\" : \"2022-07-13\"", "\"type\" : \"recognize\"", "\"by\" : \"PRK\"",
                "\"of\" : \"DPR\"", "\"at\" : \"facts/cases/donbas-2022.yaml:");
    }

    @Test
    void whyNotAnswersForATallyAndAnOrdinal() throws Exception {
        assertThat(get("api/why-not?q=tally%20ABK%20SOS").body())
                .contains("SOS is not a UN member on the date, and no member carries its recognition on");
        assertThat(get("api/why-not?q=ordinal%20TWN%20PAN").body())
                .contains("the early recognitions of TWN are not recorded completely");
        assertThat(get("api/why-not?q=colour%20TWN%20PAN").statusCode()).isEqualTo(400);
    }

    @Test
    void theScenariosOfTheFactsFolderOpenAsWhatIfs() throws Exception {
        assertThat(get("api/scenarios").body()).contains("\"north-korea-never\"", "\"belarus-follows\"");
        JsonNode answer = JSON.readTree(get("api/scenario?name=north-korea-never").body());
        assertThat(tally(answer.get("result"), "DPR")).isEqualTo(2);
        assertThat(get("api/scenario?name=../../etc/passwd").statusCode()).isEqualTo(400);
        assertThat(get("api/scenario?name=nothing-here").statusCode()).isEqualTo(400);
    }

    @Test
    void aScenarioThatIsALinkOutOfTheProjectIsNotRead() throws Exception {
        java.nio.file.Path link = dev.chancery.Fixtures.workspace().scenariosDir().resolve("zz-link-out.yaml");
        java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of("/etc/passwd"));
        try {
            HttpResponse<String> answer = get("api/scenario?name=zz-link-out");
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("a symbolic link that leads outside its folder").doesNotContain("root:");
        } finally {
            java.nio.file.Files.delete(link);
        }
    }

    @Test
    void anEntitysTimelineIsTheSvgTimelineDraws() throws Exception {
        HttpResponse<String> svg = get("api/timeline.svg?id=DPR");
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.body()).contains("<svg").contains("DPR");
        assertThat(get("api/timeline.svg?id=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void explainGivesTheDerivationDownToTheSource() throws Exception {
        String tree = get("api/explain?id=severance:UKR:PRK:2022-07-13").body();
        assertThat(tree).contains("Parent severs relations with a recognizer (policy)").contains("Yonhap");
    }

    @Test
    void badInputIsTheClisMessageWith400AndNoStackTrace() throws Exception {
        HttpResponse<String> date = get("api/run?asOf=2022-13-01");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("bad date '2022-13-01' for asOf: expected YYYY-MM-DD").doesNotContain("\tat ");
        HttpResponse<String> id = post("api/what-if", "{\"add\": {\"events\": [{\"date\": \"2022-08-01\", \"type\":"
                + " \"recognize\", \"by\": \"PRKK\", \"of\": \"DPR\"}]}}", bench.token(), null);
        assertThat(id.statusCode()).isEqualTo(400);
        assertThat(id.body()).contains("PRKK").doesNotContain("Exception");
        assertThat(get("api/explain?id=severance:UKR:XXX:2022-07-13").statusCode()).isEqualTo(400);
    }

    @Test
    void otherHostsCrossSiteRequestsAndChangesWithoutTheTokenAreRefused() throws Exception {
        String scenario = "{\"remove\": {\"events\": [{\"type\": \"recognize\", \"by\": \"PRK\", \"of\": \"DPR\"}]}}";
        assertThat(post("api/what-if", scenario, null, null).statusCode()).isEqualTo(403);
        assertThat(post("api/what-if", scenario, "0".repeat(32), null).statusCode()).isEqualTo(403);
        assertThat(post("api/what-if", scenario, bench.token(), "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/").body()).contains("<meta name=\"chancery-token\" content=\"" + bench.token() + "\">");
        // DNS rebinding: the browser sends the attacker's name as Host (HttpClient will not let a test set it)
        try (Socket socket = new Socket(bench.url().getHost(), bench.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/run HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void onlyThePagesOwnFilesAreServed() throws Exception {
        assertThat(get("static/app.js").statusCode()).isEqualTo(200);
        assertThat(get("static/../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("static/index.html").statusCode()).isEqualTo(404);
    }
}
