package dev.chancery.engine;

import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.load.Utf8;
import dev.chancery.lint.RuleLinter;
import dev.chancery.input.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.KieBaseConfiguration;

/**
 * Compiles the DRL files of a rules folder, read from disk at run time, into a {@link RuleBase}.
 * Every compile error becomes a {@link Problem} at the author's file, line and column.
 */
public final class RuleCompiler {
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");
    private final Workspace workspace;
    /** Whether a compile error rewritten as what was meant keeps the compiler's own text too. */
    private final boolean verbose;

    public RuleCompiler(Workspace workspace) {
        this(workspace, false);
    }

    public RuleCompiler(Workspace workspace, boolean verbose) {
        this.workspace = workspace;
        this.verbose = verbose;
    }

    /**
     * Rule bases compiled in this JVM, by the content of their DRL: a long-lived process (the
     * daemon, a batch, tests) compiles unchanged rules once, and any edit changes the key, so a
     * cached rule base is never stale.
     */
    private static final Map<String, RuleBase> COMPILED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
                    return size() > 4;
                }
            });

    /** The rules that evaluate a world: every {@code .drl} of the folder but the partition rules and the queries. */
    public RuleBase compile(Path rulesDir) {
        return compile(rulesDir, false);
    }

    /**
     * The rules with the queries of {@code rules/queries/} (what {@code explain --why-not} asks, and what
     * {@code check} must compile too). Evaluations leave the queries out: every fact a query's patterns match is
     * held in its network, asked or not, a tenth of a big world's rule memory.
     */
    public RuleBase compileWithQueries(Path rulesDir) {
        return compile(rulesDir, true);
    }

    private RuleBase compile(Path rulesDir, boolean withQueries) {
        List<Path> drlFiles = new ArrayList<>(drlFiles(rulesDir));
        if (withQueries) {
            drlFiles.addAll(queryFiles(rulesDir));
        }
        if (drlFiles.isEmpty()) {
            throw new InputException(new Problem(workspace.display(rulesDir), 1, 1,
                    "no .drl files found (expected the rules folder)"));
        }
        List<Problem> notText = notText(drlUnder(rulesDir));
        if (!notText.isEmpty()) {
            throw new InputException(notText);
        }
        String key = contentKey(rulesDir);
        String cacheKey = withQueries ? key + "+queries" : key;
        RuleBase cached = COMPILED.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        // each file read once, by its path in the folder, in the order given; a pass compiles its rules from
        // these texts when a big world needs them, maybe after the folder is gone (a rule base is cached by
        // content, and another folder with the same files reuses it)
        Map<String, String> texts = texts(rulesDir, drlFiles);
        // a pass of the partition rules a file, in the order of their names
        List<Pass> passes = new ArrayList<>();
        for (Path file : partitionFiles(rulesDir)) {
            try {
                passes.add(new Pass(build(rulesDir, List.of(file), texts(rulesDir, List.of(file))), texts.keySet(),
                        leftOut -> compiledAlready(texts.entrySet().stream().filter(f -> !leftOut.contains(f.getKey()))
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)))));
            } catch (Pass.UnknownFile e) {
                throw new InputException(new Problem(workspace.display(file), lineOfRule(file, e.rule), 1, e.getMessage()));
            }
        }
        RuleBase compiled = new RuleBase(build(rulesDir, drlFiles, texts), workspace.display(rulesDir),
                passes.isEmpty() ? null : List.copyOf(passes), key);
        COMPILED.put(cacheKey, compiled);
        return compiled;
    }

    /**
     * The DRL files that are not UTF-8 text, each at its first byte that is not: the compiler and the linter
     * read them as UTF-8, and said only "MalformedInputException" (with a stack trace) of a UTF-16 or binary file.
     */
    private List<Problem> notText(List<Path> drlFiles) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : drlFiles) {
            try {
                Problem problem = Utf8.problem(file, workspace.display(file));
                if (problem != null) {
                    problems.add(problem);
                }
            } catch (IOException e) {
                problems.add(Utf8.readProblem(file, workspace.display(file), e));
            }
        }
        return problems;
    }

    /** Every {@code .drl} under {@code rulesDir}, the partition rules too, by path and content. */
    private static String contentKey(Path rulesDir) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path file : drlUnder(rulesDir)) {
                digest.update(rulesDir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line of {@code file} that starts rule {@code name}, or 1. */
    private static int lineOfRule(Path file, String name) {
        String[] lines = text(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("rule \"" + name + "\"")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String relative(Path rulesDir, Path file) {
        return rulesDir.relativize(file).toString().replace('\\', '/');
    }

    /** The texts of {@code drlFiles} (a byte order mark dropped), by their paths in the folder, in their order. */
    private static Map<String, String> texts(Path rulesDir, List<Path> drlFiles) {
        Map<String, String> texts = new LinkedHashMap<>();
        drlFiles.forEach(file -> texts.put(relative(rulesDir, file), text(file)));
        return texts;
    }

    /** The texts of DRL files (by their path in the rules folder) written where the builder reads them. */
    private static KieBuilder builder(Map<String, String> texts, ReleaseId releaseId) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        texts.forEach((relative, text) -> kfs.write("src/main/resources/rules/" + relative, text.getBytes(StandardCharsets.UTF_8)));
        return services.newKieBuilder(kfs).buildAll(DrlProject.class);
    }

    private static KieBase kieBase(ReleaseId releaseId) {
        KieServices services = KieServices.Factory.get();
        KieBaseConfiguration conf = services.newKieBaseConfiguration();
        conf.setOption(EqualityBehaviorOption.IDENTITY);
        return services.newKieContainer(releaseId).newKieBase(conf);
    }

    private static ReleaseId newReleaseId() {
        return KieServices.Factory.get().newReleaseId("dev.chancery", "rules", "1.0." + System.nanoTime());
    }

    /** One rule base of texts that compiled before, with every other file of their folder (a pass's rules). */
    private static KieBase compiledAlready(Map<String, String> texts) {
        ReleaseId releaseId = newReleaseId();
        List<Message> errors = builder(texts, releaseId).getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rules that compiled with the rest of their folder failed alone: " + errors);
        }
        return kieBase(releaseId);
    }

    /**
     * One rule base of {@code drlFiles}, whose {@code texts} are read, or every compile error in them at its file,
     * line and column.
     */
    private KieBase build(Path rulesDir, List<Path> drlFiles, Map<String, String> texts) {
        ReleaseId releaseId = newReleaseId();
        Map<String, Path> byKiePath = new HashMap<>();
        drlFiles.forEach(file -> byKiePath.put("rules/" + relative(rulesDir, file), file));
        KieBuilder builder = builder(texts, releaseId);
        List<Problem> problems = new ArrayList<>();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        boolean duplicates = messages.stream().anyMatch(m -> String.valueOf(m.getText()).contains("Duplicate rule name"));
        Map<Path, CompileMessages> meant = new HashMap<>();
        if (!messages.isEmpty()) {
            java.util.Set<String> factTypes = CompileMessages.factTypes(RuleLinter.parse(drlFiles));
            for (Path file : drlFiles) {
                CompileMessages fileMessages = new CompileMessages(file, workspace.display(file), factTypes, verbose);
                meant.put(file, fileMessages);
                problems.addAll(fileMessages.unknownBindings());
            }
        }
        for (Message message : messages) {
            String text = message.getText() == null ? "" : message.getText().trim();
            if (duplicates && text.contains("is already defined")) {
                continue; // the generated class of a duplicate rule clashes too: same error, said worse
            }
            Path file = message.getPath() == null ? null
                    : byKiePath.get(message.getPath().replaceFirst("^src/main/resources/", ""));
            CompileMessages fileMessages = file == null ? null : meant.get(file);
            Problem problem = null;
            if (fileMessages != null) {
                int line = lineOf(message, text);
                if (fileMessages.followsFromAMistake(text, line)) {
                    continue; // said once, where it was made
                }
                problem = fileMessages.rewrite(text, line);
            }
            if (problem == null) {
                problem = toProblem(message, byKiePath, rulesDir);
            }
            if (problem != null && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        // what the compiler lets through: literals of the wrong type (they fail or never match at run time)
        problems.addAll(new RuleLinter(workspace).lint(RuleLinter.parse(drlFiles)).errors());
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new InputException(problems);
        }
        return kieBase(releaseId);
    }

    /** The text of a DRL file, checked by {@link #notText} before. */
    private static String text(Path file) {
        try {
            return Utf8.text(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // read a moment ago
        }
    }

    /** The line of a message: from its text ("Line 8:29") where it has one, else Drools's own. */
    private static int lineOf(Message message, String text) {
        Matcher m = LINE_COLUMN.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : Math.max(message.getLine(), 1);
    }

    private Problem toProblem(Message message, Map<String, Path> byKiePath, Path rulesDir) {
        String text = message.getText() == null ? "" : message.getText().trim();
        if (text.contains("Parser returned a null Package")) {
            return null; // a second message that every syntax error brings along
        }
        String path = message.getPath();
        Path file = path == null ? null : byKiePath.get(path.replaceFirst("^src/main/resources/", ""));
        String shown = file != null ? workspace.display(file) : workspace.display(rulesDir);
        int line = Math.max(message.getLine(), 1);
        int column = 1;
        Matcher m = LINE_COLUMN.matcher(text);
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find() && file != null) {
            String type = field.group(1);
            String name = field.group(2);
            column = DrlColumns.columnOfWord(file, line, name);
            return new Problem(shown, line, column, "unknown field '" + name + "' of " + type.replaceFirst(".*\\.", "")
                    + DrlColumns.fieldsHint(type, name));
        }
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2)) + 1;
        } else if (file != null) {
            column = DrlColumns.guess(file, line, text);
        }
        return new Problem(shown, line, column, DrlColumns.clean(text));
    }

    /** The folder of the partition rules, which say what a big world's evaluation may split (a rule base of their own). */
    public static final String PARTITION_DIR = "partition";

    /** The folder of the queries, which only {@code explain --why-not} asks (compiled apart: {@link #compileWithQueries}). */
    public static final String QUERIES_DIR = "queries";

    /** The DRL files of the rules, every {@code .drl} under {@code rulesDir} but the partition rules and the queries. */
    public static List<Path> drlFiles(Path rulesDir) {
        Path partition = rulesDir.resolve(PARTITION_DIR);
        Path queries = rulesDir.resolve(QUERIES_DIR);
        return drlUnder(rulesDir).stream().filter(p -> !p.startsWith(partition) && !p.startsWith(queries)).toList();
    }

    /** The DRL files of the queries ({@code rules/queries/}). */
    public static List<Path> queryFiles(Path rulesDir) {
        return drlUnder(rulesDir.resolve(QUERIES_DIR));
    }

    /** The DRL files of the rules and of the queries: what {@code check} compiles and lints, and {@code rules} lists. */
    public static List<Path> ruleAndQueryFiles(Path rulesDir) {
        List<Path> files = new ArrayList<>(drlFiles(rulesDir));
        files.addAll(queryFiles(rulesDir));
        return files;
    }

    /**
     * The DRL files of the partition rules ({@code rules/partition/}), in the order of their names, each a pass;
     * none: a world is never split.
     */
    public static List<Path> partitionFiles(Path rulesDir) {
        return drlUnder(rulesDir.resolve(PARTITION_DIR));
    }

    private static List<Path> drlUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // the folder itself through a symbolic link, which the walk would take for a file ("no .drl files found")
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            Path real = dir.toRealPath();
            return walk.filter(p -> p.toString().endsWith(".drl")).map(p -> dir.resolve(real.relativize(p))).sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // a folder under the rules that cannot be read (--rules /): the rules cannot be whole
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String where = cause instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile()
                    : dir.toString();
            throw new InputException(new Problem(where, 1, 1, "cannot read this folder: " + Utf8.reason(cause)));
        }
    }
}
