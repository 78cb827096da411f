package dev.chancery.load;

import dev.chancery.input.Problem;
import dev.chancery.input.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chancery.Fixtures;
import dev.chancery.engine.Evaluation;
import dev.chancery.engine.Reasoner;
import dev.chancery.model.Actor;
import dev.chancery.model.Event;
import dev.chancery.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsLoaderTest {
    @TempDir
    Path dir;

    private InputException loadFails(String yaml) {
        Path file = Fixtures.write(dir, "case.yaml", yaml);
        try {
            Fixtures.load(file);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected the facts to be rejected");
    }

    private String place(int line, int column) {
        return Fixtures.workspace().display(dir.resolve("case.yaml")) + ":" + line + ":" + column + ": ";
    }

    @Test
    void everyMentionOfAnIdIsOneStringInstance() {
        // the rules compare ids millions of times on a big world: equal ids that are one object compare at once
        Path file = Fixtures.write(dir, "case.yaml", """
                actors:
                  - {id: E1, name: Entity One, kind: entity, claimedFrom: GEO}
                events:
                  - {date: 2022-07-13, type: recognize, by: PRK, of: E1}
                  - {date: 2022-07-14, type: recognize, by: PRK, of: E1}
                  - {date: 2022-07-15, type: sever-relations, by: GEO, with: PRK}
                """);
        World world = Fixtures.load(file);
        Event first = world.events().stream().filter(e -> e.date().getDayOfMonth() == 13).findFirst().orElseThrow();
        Event second = world.events().stream().filter(e -> e.date().getDayOfMonth() == 14).findFirst().orElseThrow();
        Event sever = world.events().stream().filter(e -> e.date().getDayOfMonth() == 15).findFirst().orElseThrow();
        assertThat(second.target()).isSameAs(first.target()).isSameAs(world.actorsById().get("E1").id());
        assertThat(second.by()).isSameAs(first.by()).isSameAs(sever.target());
        assertThat(second.type()).isSameAs(first.type());
        assertThat(world.actorsById().get("E1").claimedFrom()).isSameAs(sever.by());
    }

    @Test
    void anUnknownIdIsNamedWithItsPlaceAndCloseMatches() {
        InputException e = loadFails("""
                events:
                  - date: 2022-07-13
                    type: recognize
                    by: PRKK
                    of: UKR
                """);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString())
                .startsWith(place(4, 9) + "unknown state 'PRKK'")
                .contains("did you mean PRK, North Korea");
    }

    @Test
    void aNameInPlaceOfAnIdSuggestsTheId() {
        InputException e = loadFails("""
                events:
                  - {date: 2022-07-13, type: sever-relations, by: UKR, with: North Korea}
                """);
        assertThat(e.getMessage()).contains(place(2, 62) + "unknown state 'North Korea' (did you mean PRK, North Korea?)");
    }

    @Test
    void aBadDateIsRejectedAtItsPlace() {
        InputException e = loadFails("""
                events:
                  - date: 2022-02-30
                    type: recognize
                    by: RUS
                    of: UKR
                """);
        assertThat(e.getMessage()).isEqualTo(place(2, 11)
                + "bad date '2022-02-30' for date: expected a real date as YYYY-MM-DD");
    }

    @Test
    void anUnknownKeyIsRejectedWithASuggestion() {
        InputException e = loadFails("""
                policies:
                  - state: UKR
                    kind: sever-on-recognition
                    of: [RUS]
                    sinse: 2014-05-12
                """);
        assertThat(e.getMessage()).startsWith(place(5, 5) + "unknown key 'sinse' in a policy")
                .contains("did you mean 'since'?");
    }

    @Test
    void aYamlSyntaxErrorNamesLineAndColumn() {
        InputException e = loadFails("""
                events:
                  - date: 2022-07-13
                    type: recognize
                     by: PRK
                """);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).startsWith(place(4, 8) + "YAML syntax error");
    }

    @Test
    void aWrongTypeIsRejected() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: Test, kind: state, unMember: sometimes}
                """);
        assertThat(e.getMessage()).isEqualTo(place(2, 50) + "expected unMember to be true or false, found 'sometimes'");
    }

    @Test
    void anActorDefinedTwiceNamesBothPlaces() {
        InputException e = loadFails("""
                actors:
                  - {id: PRK, name: North Korea again, kind: state}
                """);
        assertThat(e.getMessage()).startsWith(place(2, 10) + "actor PRK is defined twice: here and at facts/reference/un-members.yaml:");
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        InputException e = loadFails("""
                events:
                  - {date: 2022-13-01, type: recognize, by: RUS, of: UKR}
                  - {date: 2022-01-01, type: recognise, by: RUS, of: UKR}
                """);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(1).message()).contains("unknown event type 'recognise'").contains("did you mean 'recognize'");
    }

    // A file whose source comes first is read an item at a time, never as one tree (YamlStream): these check
    // that it says what a whole tree would, and the old loader passed them all unchanged.

    @Test
    void aFileReadItemByItemReportsItsShapeThenItsItems() {
        InputException e = loadFails("""
                source: {publisher: Yonhap, published: 2022-07-14}
                events:
                  - {date: 2022-13-01, type: recognize, by: RUS, of: UKR}
                  - {date: 2022-01-01, type: recognise, by: RUS, of: UKR}
                colour: blue
                source: again
                """);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                place(5, 1) + "unknown key 'colour' in a facts file (expected one of: actors, claims, coverage, events, policies, source)",
                place(6, 1) + "key 'source' appears twice in a facts file",
                place(3, 12) + "bad date '2022-13-01' for date: expected a real date as YYYY-MM-DD",
                place(4, 30) + "unknown event type 'recognise': expected one of recognize, withdraw-recognition, "
                        + "sever-relations, establish-relations, restore-relations, annex, dissolve (did you mean 'recognize'?)");
    }

    @Test
    void aSourceAfterTheListsStillCitesEveryItem() {
        Path file = Fixtures.write(dir, "case.yaml", """
                events:
                  - {date: 2022-07-13, type: sever-relations, by: UKR, with: PRK}
                source: {publisher: Ukrinform, published: 2022-07-13}
                """);
        assertThat(Fixtures.load(file).events().get(0).origin().source().publisher()).isEqualTo("Ukrinform");
    }

    @Test
    void anAliasMayNameANodeOfAnEarlierItem() {
        Path file = Fixtures.write(dir, "case.yaml", """
                source: {publisher: Yonhap, published: 2022-07-14}
                events:
                  - {date: &day 2022-07-13, type: recognize, by: &who PRK, of: DPR}
                  - {date: *day, type: recognize, by: *who, of: LPR}
                actors:
                  - {id: DPR, name: Donetsk, kind: entity, claimedFrom: UKR}
                  - {id: LPR, name: Luhansk, kind: entity, claimedFrom: UKR}
                """);
        assertThat(Fixtures.load(file).events()).extracting(e -> e.by() + " " + e.target() + " " + e.date())
                .containsExactly("PRK DPR 2022-07-13", "PRK LPR 2022-07-13");
    }

    @Test
    void aSyntaxErrorIsTheOnlyProblemOfItsFileEvenAfterABadItem() {
        InputException e = loadFails("""
                source: {publisher: Yonhap, published: 2022-07-14}
                events:
                  - {date: 2022-01-01, type: recognise, by: RUS, of: UKR}
                  - {date: 2022-01-02, type: recognize, by: RUS, of: UKR
                """);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.getMessage()).startsWith(place(5, 1) + "YAML syntax error");
        // with no source, the list is kept whole to be read at the end: it is not read at all
        InputException kept = loadFails("""
                events:
                  - {date: 2022-01-01, type: recognise, by: RUS, of: UKR}
                claims: [
                """);
        assertThat(kept.problems()).hasSize(1);
        assertThat(kept.getMessage()).startsWith(place(4, 1) + "YAML syntax error");
    }

    @Test
    void aSecondDocumentIsRejected() {
        InputException e = loadFails("""
                source: {publisher: Yonhap, published: 2022-07-14}
                ---
                events: []
                """);
        assertThat(e.getMessage()).isEqualTo(place(2, 1)
                + "YAML syntax error: but found another document (expected a single document in the stream)");
    }

    @Test
    void aListIsNotAFactsFile() {
        InputException e = loadFails("""
                - {date: 2022-01-01, type: recognize, by: RUS, of: UKR}
                """);
        assertThat(e.getMessage()).isEqualTo(place(1, 1)
                + "expected a facts file (a mapping of keys to values), found a list");
    }

    @Test
    void aListOfTargetsExpandsToOneEventEachWithProvenance() {
        Path file = Fixtures.write(dir, "case.yaml", """
                source: {publisher: Yonhap, published: 2022-07-14, title: "N. Korea recognizes"}
                actors:
                  - {id: XA, name: Xa, kind: entity, claimedFrom: UKR}
                  - {id: XB, name: Xb, kind: entity, claimedFrom: UKR}
                events:
                  - date: 2022-07-13
                    type: recognize
                    by: PRK
                    of: [XA, XB]
                    quote: "recognized the entities"
                """);
        World world = Fixtures.load(file);
        assertThat(world.events()).extracting(Event::target).containsExactly("XA", "XB");
        Event first = world.events().get(0);
        assertThat(first.origin().line()).isEqualTo(6);
        assertThat(first.origin().quote()).isEqualTo("recognized the entities");
        assertThat(first.origin().source().publisher()).isEqualTo("Yonhap");
        assertThat(world.actors()).hasSizeGreaterThan(195);
    }

    @Test
    void eventsApplyInDateOrderThenLoadOrder() {
        Path file = Fixtures.write(dir, "case.yaml", """
                events:
                  - {date: 2022-07-13, type: sever-relations, by: UKR, with: PRK}
                  - {date: 2022-01-01, type: sever-relations, by: UKR, with: RUS}
                  - {date: 2022-07-13, type: sever-relations, by: UKR, with: SYR}
                """);
        assertThat(Fixtures.load(file).events()).extracting(Event::target).containsExactly("RUS", "PRK", "SYR");
    }

    @Test
    void eventsOnOneLineAndAnAliasRepeatingOneAreEventsOfTheirOwnInFileOrder() {
        // issue 20: these shared a seq (the line's), and the session refused the second as "already inserted"
        Path file = Fixtures.write(dir, "case.yaml", """
                events: [{date: 2022-07-13, type: sever-relations, by: UKR, with: [PRK, RUS]}, &e {date: 2022-07-13, type: sever-relations, by: UKR, with: SYR}, *e]
                """);
        World world = Fixtures.load(file);
        assertThat(world.events()).extracting(Event::target).containsExactly("PRK", "RUS", "SYR", "SYR");
        assertThat(new java.util.HashSet<>(world.events())).hasSize(4);
        assertThat(world.events()).extracting(Event::seq).isSorted();
        Result result = Evaluation.evaluate(Fixtures.rules(), world, null, Reasoner.DEFAULT_FIRING_LIMIT);
        assertThat(result.relation("UKR", "SYR").status()).isEqualTo("severed");
    }

    @Test
    void aListOrMappingNestedTooDeepIsRefusedWhereItOpens() {
        // issue 20: 20,000 nested lists overflowed the stack (a StackOverflowError, which killed the daemon)
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        InputException list = loadFails("source: x\nevents: " + deep + "\n");
        // the file's mapping is level 1 and the events' list level 2 (column 9): level 65 opens at column 72
        assertThat(list.getMessage()).isEqualTo(place(2, 72) + "nested more than 64 deep");
        InputException mapping = loadFails("events:\n  - " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n");
        assertThat(mapping.getMessage()).isEqualTo(place(2, 5 + 4 * 62) + "nested more than 64 deep");
        // 64 levels are not refused for their depth
        InputException deepest = loadFails("events:\n  - " + "[".repeat(62) + "]".repeat(62) + "\n");
        assertThat(deepest.getMessage()).doesNotContain("deep");
    }

    @Test
    void aFolderThatCannotBeReadIsAProblemAndNothingIsRead() throws Exception {
        // issue 20: --facts / ended in an UncheckedIOException (AccessDeniedException) and its stack trace. A folder
        // too deep for its path to be opened (over PATH_MAX) cannot be read by anyone, root included, as this test runs
        Path facts = Files.createDirectories(dir.resolve("facts"));
        Fixtures.write(facts, "bad.yaml", "events: [{date: 2022-13-01}]\n");
        String level = "d".repeat(200);
        run(facts, "for i in $(seq 25); do mkdir " + level + " && cd " + level + " || exit 1; done");
        try {
            assertThatThrownBy(() -> Fixtures.load(facts)).isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).startsWith(Fixtures.workspace().display(facts.resolve(level)));
                    assertThat(p.message()).isEqualTo("cannot read this folder: File name too long");
                });
            });
        } finally {
            run(dir, "rm -rf facts"); // the temporary folder's own clean-up cannot open it either
        }
    }

    @Test
    void theRootOfTheFileSystemIsNotAFactsFolder() {
        // issue 20: --facts / walked the machine (and ended in a stack trace at the first folder it could not read)
        assertThatThrownBy(() -> Fixtures.load(Path.of("/"))).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(Path.of("/"))
                        + ":1:1: the root of the file system is not a facts folder: name the folder of the facts");
    }

    @Test
    void aFolderReachedThroughASymbolicLinkIsRead() throws Exception {
        // the walk took the link for a file: the folder's facts were left out without a word
        Path real = Files.createDirectories(dir.resolve("real"));
        Fixtures.write(real, "case.yaml", "events:\n  - {date: 2022-07-13, type: sever-relations, by: UKR, with: PRK}\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        World world = Fixtures.load(link);
        assertThat(world.events()).singleElement().satisfies(e -> assertThat(e.origin().file())
                .isEqualTo(Fixtures.workspace().display(link.resolve("case.yaml"))));
    }

    @Test
    void aDeviceOrAPipeIsNotAFactsFile() {
        // --facts /dev/zero loaded nothing from it, and said nothing
        assertThatThrownBy(() -> Fixtures.load(Path.of("/dev/zero"))).isInstanceOf(InputException.class)
                .hasMessage(Fixtures.workspace().display(Path.of("/dev/zero"))
                        + ":1:1: not a facts file or folder (a device or a pipe?)");
    }

    private static void run(Path in, String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", script).directory(in.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsFirstByteThatIsNot() throws Exception {
        // issue 20: "YAML syntax error: java.nio.charset.MalformedInputException: Input length = 1" at 1:1
        Files.write(dir.resolve("case.yaml"), "source: x\nevents:\n  - {date: 2022-07-20, type: recognize, by: SYR, of: DPR, quote: \"caf\u00e9\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Fixtures.load(dir.resolve("case.yaml"))).isInstanceOf(InputException.class)
                .hasMessage(place(3, 70) + "the file is not UTF-8: byte 0xE9 at byte offset 87; save it as UTF-8");
    }

    @Test
    void anEntityClaimedFromItselfOrInACircleIsRefusedAtItsClaimedFrom() {
        // issue 20: accepted, and the report said "AAA-AAA severed"
        InputException e = loadFails("""
                actors:
                  - {id: AAA, name: A, kind: entity, claimedFrom: AAA}
                  - {id: XB, name: B, claimedFrom: XC}
                  - {id: XC, name: C, claimedFrom: XD}
                  - {id: XD, name: D, claimedFrom: XB}
                  - {id: XE, name: E, claimedFrom: XB}
                """);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                place(2, 51) + "AAA is claimed from itself: claimedFrom names the state whose territory it claims",
                place(3, 36) + "claimedFrom goes round in a circle: XB from XC, XC from XD, XD from XB; it names the state"
                        + " whose territory an entity claims");
    }

    @Test
    void aMembershipWithDatesIsKeptOnTheActor() {
        Path file = Fixtures.write(dir, "case.yaml", """
                actors:
                  - id: ZZ1
                    name: Old Union
                    unMember: {since: 1945-10-24, until: 1991-12-24, ended: continued, successor: ZZ2,
                               quote: "ZZ1 was a Member from 24 October 1945", source: {publisher: Test}}
                  - {id: ZZ2, name: New Union, unMember: {since: 1945-10-24}}
                  - {id: ZZ3, name: Dates Unknown, unMember: true}
                """);
        World world = Fixtures.load(file);
        var old = world.actorsById().get("ZZ1");
        assertThat(old.unMember()).isTrue();
        assertThat(old.unSince()).isEqualTo(LocalDate.of(1945, 10, 24));
        assertThat(old.unUntil()).isEqualTo(LocalDate.of(1991, 12, 24));
        assertThat(old.unEnded()).isEqualTo(Actor.CONTINUED);
        assertThat(old.unSuccessors()).containsExactly("ZZ2");
        assertThat(old.unSuccessors().get(0)).isSameAs(world.actorsById().get("ZZ2").id());
        assertThat(old.unOrigin().quote()).isEqualTo("ZZ1 was a Member from 24 October 1945");
        assertThat(old.unOrigin().source().publisher()).isEqualTo("Test");
        assertThat(old.unOrigin().line()).isEqualTo(4);
        var now = world.actorsById().get("ZZ2");
        assertThat(now.unMember()).isTrue();
        assertThat(now.unSince()).isEqualTo(LocalDate.of(1945, 10, 24));
        assertThat(now.unUntil()).isNull();
        assertThat(now.unEnded()).isNull();
        var unknown = world.actorsById().get("ZZ3");
        assertThat(unknown.unMember()).isTrue();
        assertThat(unknown.unSince()).isNull();
        assertThat(unknown.unOrigin()).isNull();
    }

    @Test
    void aMembershipEndingBeforeItStartsIsRejected() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {since: 1990-01-01, until: 1990-01-01, ended: dissolved}}
                """);
        assertThat(e.getMessage()).isEqualTo(place(2, 61) + "until 1990-01-01 is not after since 1990-01-01");
    }

    @Test
    void aMembershipNeedsARealAdmissionDate() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {until: 1990-01-01, ended: dissolved}}
                  - {id: ZZ2, name: T, unMember: {since: 1990-02-30}}
                """);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                place(2, 34) + "unMember needs 'since' (the date of admission; write unMember: true when it is unknown)",
                place(3, 42) + "bad date '1990-02-30' for since: expected a real date as YYYY-MM-DD");
    }

    @Test
    void anUnknownEndingIsNamedWithTheKnownOnes() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {since: 1945-10-24, until: 1990-01-01, ended: merge, successor: UKR}}
                """);
        assertThat(e.getMessage()).isEqualTo(place(2, 80)
                + "unknown ending 'merge': expected one of dissolved, merged, continued (did you mean 'merged'?)");
    }

    @Test
    void untilAndEndedGoTogether() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {since: 1945-10-24, until: 1990-01-01}}
                  - {id: ZZ2, name: T, unMember: {since: 1945-10-24, ended: dissolved}}
                """);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                place(2, 61) + "a membership with 'until' needs 'ended' (one of dissolved, merged, continued)",
                place(3, 61) + "a membership with 'ended' needs 'until' (the day it ended)");
    }

    @Test
    void aMergerOrContinuationNeedsAKnownSuccessor() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {since: 1945-10-24, until: 1990-01-01, ended: merged}}
                  - {id: ZZ2, name: T, unMember: {since: 1945-10-24, until: 1990-01-01, ended: continued, successor: UKRR}}
                  - {id: ZZ3, name: T, unMember: {since: 1945-10-24, until: 1990-01-01, ended: dissolved, successor: UKR}}
                  - {id: ZZ4, name: T, unMember: {since: 1945-10-24, until: 1990-01-01, ended: continued, successor: ZZ4}}
                """);
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                place(2, 80) + "ended: merged needs 'successor' (the id of the state that it merged into)",
                place(4, 102) + "a dissolved membership has no successor: use ended: merged or continued, or"
                        + " 'successors' for the states that carry on its acts",
                place(5, 102) + "an actor cannot be its own successor",
                place(3, 102) + "unknown state 'UKRR' (did you mean UKR, Ukraine?)");
    }

    @Test
    void aMembershipTakesOnlyItsOwnKeys() {
        InputException e = loadFails("""
                actors:
                  - {id: ZZ1, name: T, unMember: {since: 1945-10-24, admitted: 1945-10-24}}
                """);
        assertThat(e.getMessage()).startsWith(place(2, 54) + "unknown key 'admitted' in unMember");
    }

    @Test
    void theBundledFactsLoadAndEveryFactCitesASource() {
        World world = Fixtures.bundled();
        assertThat(world.events()).isNotEmpty().allSatisfy(e -> assertThat(e.origin().source()).isNotNull());
        assertThat(world.severPolicies()).allSatisfy(p -> assertThat(p.origin().source()).isNotNull());
        assertThat(world.actors()).allSatisfy(a -> assertThat(a.origin().source()).isNotNull());
        long members = world.actors().stream()
                .filter(a -> a.unMember() && a.unUntil() == null && a.origin().file().startsWith("facts/reference/"))
                .count();
        assertThat(members).isEqualTo(193);
    }

    /** UN members on a date; a membership continued or merged into a successor is counted once, as the predecessor's while it lasts. */
    private static long membersOn(World world, LocalDate date) {
        List<Actor> members = world.actors().stream().filter(a -> a.unSince() != null && !a.unSince().isAfter(date)
                && (a.unUntil() == null || date.isBefore(a.unUntil()))).toList();
        Set<String> successors = members.stream().filter(a -> !Actor.DISSOLVED.equals(a.unEnded()))
                .flatMap(a -> a.unSuccessors().stream()).collect(Collectors.toSet());
        return members.stream().filter(a -> !successors.contains(a.id())).count();
    }

    @Test
    void theMembershipDatesGiveThePublishedNumbersOfMembers() {
        World world = Fixtures.bundled();
        // Encyclopedia of the Nations, "United Nations - Membership": "51 charter members"
        assertThat(membersOn(world, LocalDate.of(1945, 12, 31))).isEqualTo(51);
        // filaw.com, "191 Member States of the United Nations" (2002): "In 1950, the United Nations had 60 member
        // states; in 1960, it had 99; in 1970, it had 127; in 1980, it had 154; and in 1989, there were 157". 1960
        // gives 100 (Syria's pause inside the United Arab Republic, 1958-1961, is not expressed) and 1989 gives 159
        // (Brunei, admitted 1984-09-21, is the last admission before 1990): neither is asserted.
        assertThat(membersOn(world, LocalDate.of(1950, 12, 31))).isEqualTo(60);
        assertThat(membersOn(world, LocalDate.of(1970, 12, 31))).isEqualTo(127);
        assertThat(membersOn(world, LocalDate.of(1980, 12, 31))).isEqualTo(154);
        // Britannica, "Monaco in 1993": "On May 28 Monaco and newly independent Eritrea were admitted to UN
        // membership, bringing the total number of member states to 183." (Yugoslavia's seat still counted)
        assertThat(membersOn(world, LocalDate.of(1993, 5, 28))).isEqualTo(183);
        // Britannica, "Palau in 1994": "admitted as the 185th member of the General Assembly on December 15"
        assertThat(membersOn(world, LocalDate.of(1994, 12, 15))).isEqualTo(185);
        // FSM Mission to the UN, 1999-09-14: Kiribati, Nauru and Tonga admitted "as the 186th, 187th and 188th"
        assertThat(membersOn(world, LocalDate.of(1999, 9, 14))).isEqualTo(188);
        // UN News, 2006-06 (Montenegro): "Timor-Leste, which became the 191st UN Member State on 27 September 2002"
        assertThat(membersOn(world, LocalDate.of(2002, 9, 27))).isEqualTo(191);
        // Encyclopedia of the Nations: "As of November 2002, the UN had 191 member states"; encyclopedia.com: "As of
        // May 2006, the UN had 191 member states"
        assertThat(membersOn(world, LocalDate.of(2002, 11, 30))).isEqualTo(191);
        assertThat(membersOn(world, LocalDate.of(2006, 5, 31))).isEqualTo(191);
        // UNIS Vienna, GA/10479: Montenegro "admitted as the 192nd member of the United Nations" on 28 June 2006
        assertThat(membersOn(world, LocalDate.of(2006, 6, 28))).isEqualTo(192);
        // UN press release SC/10318 (2011-07-11): "the 192-nation General Assembly"; KUNA, 2011-07-14: South Sudan
        // admitted "as its 193rd member"
        assertThat(membersOn(world, LocalDate.of(2011, 7, 11))).isEqualTo(192);
        assertThat(membersOn(world, LocalDate.of(2011, 7, 14))).isEqualTo(193);
    }

    @Test
    void everyMemberInTheReferenceHasItsDatesWithAQuoteAndASource() {
        World world = Fixtures.bundled();
        var reference = world.actors().stream()
                .filter(a -> a.unMember() && a.origin().file().startsWith("facts/reference/")).toList();
        assertThat(reference).allSatisfy(a -> {
            assertThat(a.unSince()).as(a.id()).isNotNull();
            assertThat(a.unOrigin().quote()).as(a.id()).isNotBlank();
            assertThat(a.unOrigin().source().publisher()).as(a.id()).isNotBlank();
            assertThat(a.unOrigin().source().url()).as(a.id()).isNotBlank();
        });
        // the former members, and how their membership ended
        assertThat(reference.stream().filter(a -> a.unUntil() != null)
                .map(a -> a.id() + " " + a.unEnded() + (a.unSuccessors().isEmpty() ? "" : " " + String.join(" ", a.unSuccessors()))))
                .containsExactlyInAnyOrder("SUN continued RUS", "YUG dissolved SRB", "CSK dissolved CZE SVK", "FRG continued DEU",
                        "YMD merged YEM", "YAR merged YEM", "TGY continued TZA", "ZAN merged TZA", "UAR continued EGY");
        var gdr = world.actorsById().get("GDR");
        assertThat(gdr.unSince()).isEqualTo(LocalDate.of(1973, 9, 18));
        assertThat(gdr.unUntil()).isEqualTo(LocalDate.of(1990, 10, 3));
        assertThat(gdr.unSuccessors()).containsExactly("DEU");
        assertThat(world.actorsById().get("SSD").unSince()).isEqualTo(LocalDate.of(2011, 7, 14));
    }

    @Test
    void aLineTooLongIsRefusedAtItsStartBeforeTheParserTakesMinutesOverIt() {
        // issue 20: one 50 MB value kept SnakeYAML busy for minutes (its reader copies a long token over and over)
        String value = "x".repeat(LineLimitedReader.MAX_LINE_CHARS + 1);
        InputException e = loadFails("actors:\n  - {id: ZZA, name: " + value + "}\n");
        assertThat(e.getMessage()).startsWith(place(2, 1) + "a line longer than 1,048,576 characters").hasSizeLessThan(1000);

        List<Problem> problems = new java.util.ArrayList<>();
        YamlFile.parse("name: n\ndescription: " + value + "\n", "s.yaml", problems);
        assertThat(problems).extracting(Object::toString).singleElement().asString()
                .startsWith("s.yaml:2:1: a line longer than 1,048,576 characters");
    }
}
