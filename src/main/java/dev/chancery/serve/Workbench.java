package dev.chancery.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chancery.batch.BatchEvaluator;
import dev.chancery.batch.BatchLine;
import dev.chancery.batch.ScenarioSource;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.engine.RuleBase;
import dev.chancery.engine.RuleCatalog;
import dev.chancery.explain.ConclusionFinder;
import dev.chancery.explain.Explainer;
import dev.chancery.explain.WhyNot;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.ScenarioReader;
import dev.chancery.load.World;
import dev.chancery.report.JsonReport;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;
import dev.chancery.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The analysts' workbench: a local web server over one world and its rules, for the page and its JSON API
 * (docs/running.md "serve"). It listens on 127.0.0.1 only; {@link Guard} refuses other hosts, cross-site requests
 * and changes without the server's token. Bad input is answered as the CLI says it, as JSON with 400.
 */
public final class Workbench implements AutoCloseable {
    /** The largest request body: a what-if is a batch line, a few hundred characters. */
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Guard guard;
    private final String token;
    private final RuleBase rules;
    private final RuleBase rulesWithQueries;
    private final World world;
    private final RuleCatalog catalog;
    private final Workspace workspace;
    private final long maxFirings;
    private final BatchEvaluator whatIfs;
    /** The base world's result by as-of date (null: today), for the what-ifs' differences. */
    private final Map<LocalDate, Result> baseResults = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LocalDate, Result> eldest) {
                    return size() > 32;
                }
            });

    private Workbench(HttpServer server, String token, RuleBase rules, RuleBase rulesWithQueries, World world,
                      RuleCatalog catalog, Workspace workspace, ScenarioReader reader, long maxFirings) {
        this.server = server;
        this.token = token;
        this.guard = new Guard(server.getAddress().getPort(), token);
        this.rules = rules;
        this.rulesWithQueries = rulesWithQueries;
        this.world = world;
        this.catalog = catalog;
        this.workspace = workspace;
        this.maxFirings = maxFirings;
        this.whatIfs = new BatchEvaluator(rules, reader, maxFirings, false, dev.chancery.batch.LineForm.FULL);
    }

    /** A workbench on 127.0.0.1:{@code port} (0: any free port), serving at once. */
    public static Workbench start(int port, RuleBase rules, RuleBase rulesWithQueries, World world, RuleCatalog catalog,
                                  Workspace workspace, ScenarioReader reader, long maxFirings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        Workbench bench = new Workbench(server, HexFormat.of().formatHex(random), rules, rulesWithQueries, world, catalog,
                workspace, reader, maxFirings);
        server.setExecutor(bench.threads);
        server.createContext("/", bench::handle);
        server.start();
        return bench;
    }

    /** "http://127.0.0.1:PORT/". */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The token a request that changes something carries ({@code X-Chancery-Token}); the page holds it. */
    public String token() {
        return token;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String refused = guard.refusal(exchange);
            if (refused != null) {
                send(exchange, 403, "application/json", JsonReport.write(Map.of("error", refused)));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            try {
                switch (path) {
                    case "/" -> send(exchange, 200, "text/html; charset=utf-8", Assets.page(token));
                    case "/api/run" -> send(exchange, 200, "application/json", JsonReport.write(result(asOf(query))));
                    case "/api/entities.csv" -> send(exchange, 200, "text/csv; charset=utf-8",
                            Csv.entities(result(asOf(query))));
                    case "/api/explain" -> send(exchange, 200, "application/json", explain(query));
                    case "/api/compare" -> send(exchange, 200, "application/json", compare(query));
                    case "/api/why-not" -> send(exchange, 200, "application/json", whyNot(query));
                    case "/api/scenarios" -> send(exchange, 200, "application/json", scenarios());
                    case "/api/timeline.svg" -> send(exchange, 200, "image/svg+xml", timeline(query));
                    case "/api/scenario" -> send(exchange, 200, "application/json", scenario(query));
                    case "/api/events" -> send(exchange, 200, "application/json", events(query));
                    case "/api/what-if" -> send(exchange, 200, "application/json", whatIf(exchange));
                    default -> {
                        byte[] asset = Assets.file(path);
                        if (asset == null) {
                            send(exchange, 404, "application/json", JsonReport.write(Map.of("error", "no such page: "
                                    + Printable.excerpt(path))));
                        } else {
                            send(exchange, 200, Assets.type(path), asset);
                        }
                    }
                }
            } catch (InputException e) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", e.getMessage());
                body.put("problems", e.problems().stream().map(Problem::toString).toList());
                send(exchange, 400, "application/json", JsonReport.write(body));
            } catch (RuntimeException e) {
                // never a stack trace on the wire: the class and message of what failed, one line
                send(exchange, 500, "application/json", JsonReport.write(Map.of("error", "internal error: "
                        + Printable.message(e.toString()))));
            }
        }
    }

    private Result result(LocalDate asOf) {
        Result cached = baseResults.get(asOf);
        if (cached == null) {
            cached = Evaluation.evaluate(rules, world, asOf, maxFirings, true);
            baseResults.put(asOf, cached);
        }
        return cached;
    }

    private String explain(Map<String, String> query) {
        String id = query.get("id");
        if (id == null || id.isBlank()) {
            throw new InputException(Problem.usage("explain needs id=CONCLUSION (e.g. severance:UKR:PRK:2022-07-13)"));
        }
        LocalDate asOf = asOf(query);
        try (Reasoner reasoner = new Reasoner(rulesWithQueries, maxFirings)) {
            reasoner.insert(world.asOf(asOf)).fire();
            return JsonReport.write(new Explainer(reasoner, catalog).explain(ConclusionFinder.find(reasoner, id)));
        }
    }

    /** An entity's tally over time as {@code timeline ENTITY --format svg} draws it (up to {@code asOf}). */
    private String timeline(Map<String, String> query) {
        String id = query.get("id");
        if (id == null || !world.actorsById().containsKey(id)) {
            throw new InputException(Problem.usage("timeline needs id=ENTITY, an actor of the facts"));
        }
        dev.chancery.result.Timeline timeline = dev.chancery.engine.Timelines.of(rules, world, asOf(query), List.of(id),
                maxFirings, done -> { }).get(id);
        if (timeline == null) {
            throw new InputException(Problem.usage(id + " has no tally to follow"));
        }
        return dev.chancery.report.TimelineSvg.render(timeline, world.actorsById());
    }

    /** The names of the scenarios in {@code facts/scenarios/} (their files, without .yaml). */
    private String scenarios() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(workspace.scenariosDir())) {
            return JsonReport.write(files.map(p -> p.getFileName().toString()).filter(n -> n.matches(SCENARIO_FILE))
                    .map(n -> n.replaceFirst("\\.yaml$", "")).sorted().toList());
        } catch (IOException e) {
            return JsonReport.write(List.of());
        }
    }

    private static final String SCENARIO_FILE = "[a-z0-9][a-z0-9-]*\\.yaml";

    /** A scenario of {@code facts/scenarios/} ({@code name}), evaluated as a what-if: its result and its changes. */
    private String scenario(Map<String, String> query) throws IOException {
        String name = query.get("name");
        if (name == null || !(name + ".yaml").matches(SCENARIO_FILE)) {
            throw new InputException(Problem.usage("scenario needs name=NAME, a file of facts/scenarios/ (see /api/scenarios)"));
        }
        java.nio.file.Path file = workspace.scenariosDir().resolve(name + ".yaml");
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InputException(Problem.usage("no scenario '" + name + "' in facts/scenarios/"));
        }
        if (!dev.chancery.input.FolderLinks.mayRead(file, workspace.scenariosDir(), workspace)) {
            throw new InputException(dev.chancery.input.FolderLinks.refused(file, workspace));
        }
        return whatIf(java.nio.file.Files.readString(file), workspace.display(file), file.getParent());
    }

    /** {@code explain --why-not "KIND A B"} as JSON: {@code q=tally DPR BLR}, {@code q=severance UKR BLR}. */
    private String whyNot(Map<String, String> query) {
        String question = query.get("q");
        if (question == null || question.isBlank()) {
            throw new InputException(Problem.usage("why-not needs q=\"KIND A B\" (e.g. tally DPR BLR)"));
        }
        try (Reasoner reasoner = new Reasoner(rulesWithQueries, maxFirings)) {
            reasoner.insert(world.asOf(asOf(query))).fire();
            return JsonReport.write(new WhyNot(rulesWithQueries, catalog).ask(reasoner, question));
        }
    }

    /** What changes from one date to another ({@code from}, {@code to}): the {@code diff --format json} of the two results. */
    private String compare(Map<String, String> query) {
        if (!query.containsKey("from") || !query.containsKey("to")) {
            throw new InputException(Problem.usage("compare needs from=YYYY-MM-DD and to=YYYY-MM-DD"));
        }
        LocalDate from = date(query.get("from"), "from");
        LocalDate to = date(query.get("to"), "to");
        return JsonReport.write(ResultDiff.of(String.valueOf(to), result(to), String.valueOf(from), result(from)));
    }

    /**
     * The events by or about an actor ({@code id}), as a what-if's {@code remove} names them, with where each was
     * read: the page switches one off with them.
     */
    private String events(Map<String, String> query) {
        String id = query.get("id");
        if (id == null || id.isBlank()) {
            throw new InputException(Problem.usage("events needs id=ACTOR (e.g. DPR)"));
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (dev.chancery.model.Event e : world.events()) {
            if (id.equals(e.by()) || id.equals(e.target())) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("date", e.date());
                event.put("type", e.type());
                event.put("by", e.by());
                event.put(e.isRelationsEvent() ? "with" : "of", e.target());
                event.put("at", e.origin().at());
                out.add(event);
            }
        }
        return JsonReport.write(out);
    }

    /** A scenario in the batch line format: its result and what it changes from the base world on its date. */
    private String whatIf(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw new InputException(Problem.usage("what-if takes a POST of a scenario in the batch line format"));
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new InputException(Problem.usage("a what-if is at most " + MAX_BODY + " bytes"));
        }
        return whatIf(new String(body, StandardCharsets.UTF_8), "what-if", workspace.home());
    }

    /** The scenario {@code text} ({@code shown} as its place in messages) evaluated on the served facts. */
    private String whatIf(String text, String shown, java.nio.file.Path folder) {
        BatchLine line;
        synchronized (whatIfs) {
            line = whatIfs.evaluate(new ScenarioSource(0, shown, text, 1, "what-if", folder));
        }
        if (!line.ok()) {
            throw new InputException(Problem.usage(line.error()));
        }
        Result base = result(line.result().asOf());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", line.name());
        out.put("result", line.result());
        out.put("changes", ResultDiff.of("what-if", line.result(), "base", base));
        return JsonReport.write(out);
    }

    private static LocalDate asOf(Map<String, String> query) {
        String text = query.get("asOf");
        return text == null || text.isBlank() ? null : date(text, "asOf");
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(Problem.usage("bad date '" + Printable.excerpt(text) + "' for " + what
                    + ": expected YYYY-MM-DD"));
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                out.put(key, eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        whatIfs.close();
    }

    /** Reads a classpath resource: the page's files are in the jar, nothing comes from elsewhere. */
    static byte[] resource(String name) {
        try (InputStream in = Workbench.class.getResourceAsStream("/serve/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The ids of the entities of a result, for the page's pickers. */
    static List<String> ids(Result result) {
        return result.entities().stream().map(e -> e.id()).toList();
    }
}
