package dev.chancery.cli;

import dev.chancery.extract.ArticleText;
import dev.chancery.extract.Extraction;
import dev.chancery.extract.Extractor;
import dev.chancery.extract.FactsYamlWriter;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.InputException;
import dev.chancery.input.Problem;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Propose facts from a news article (plain text), each with its sentence, for a person to review.",
        "Finds recognitions, withdrawals, severed, restored or established relations and annexations;",
        "resolves actors through the names in facts/ and dates through the publication date.",
        "Writes a facts file (YAML); '# REVIEW' comments mark what the article leaves unsure."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article, as plain text (a page saved as text will do).")
    String article;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The publication date (YYYY-MM-DD); default: the article's \"Published\" line.")
    String published;

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher; default: the article's credit, e.g. (Yonhap).")
    String publisher;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title; default: the article's headline.")
    String title;

    @Option(names = "--facts", paramLabel = "PATH",
            description = "Facts whose actors' names are resolved (repeatable); default: facts/ (reference and cases).")
    List<String> facts = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the facts to FILE (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = Workspace.detect();
        LocalDate given = publishedDate();
        Path path = workspace.userPath(article);
        String text = read(path, workspace.display(path));
        World world = new FactsLoader(workspace).load(facts.stream().map(workspace::userPath).toList());
        ArticleText parsed = ArticleText.parse(text);
        LocalDate date = given != null ? given : parsed.published();
        Extraction extraction = new Extractor(world).extract(parsed, date)
                .withSource(title != null ? title : parsed.title(), publisher != null ? publisher : parsed.publisher());
        Output.write(FactsYamlWriter.write(extraction, path.getFileName().toString()), out, spec.commandLine().getOut());
        long undated = extraction.events().stream().filter(e -> !e.dated()).count();
        long review = extraction.events().stream().filter(Extraction.Proposal::needsReview).count();
        spec.commandLine().getErr().println("extract: " + parsed.sentences().size() + " sentences read; "
                + extraction.events().size() + " events proposed (" + review + " to review, " + undated
                + " undated), " + extraction.claims().size() + " claims, " + extraction.skipped().size() + " not proposed");
        return Main.OK;
    }

    private LocalDate publishedDate() {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new InputException(Problem.usage("bad date '" + published + "' for --published: expected YYYY-MM-DD"));
        }
    }

    private static String read(Path path, String shown) {
        if (!Files.isRegularFile(path)) {
            throw new InputException(new Problem(shown, 1, 1, Files.isDirectory(path) ? "is a folder, not an article file" : "no such file"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (IOException e) {
            throw new InputException(new Problem(shown, 1, 1, "cannot read: " + e.getMessage()));
        }
    }
}
