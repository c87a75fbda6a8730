package dev.sitrep.eval;

import static dev.sitrep.eval.GoldRendering.miniSplit;
import static dev.sitrep.eval.GoldRendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {

    @Test
    void readsEveryPieceOfEachAttributionIncludingDiscontinuousSpansAndMissingSources() {
        PolnearCorpus.Result mini = PolnearCorpus.read(miniSplit());

        assertEquals("[]", mini.problems().toString());
        assertEquals(List.of("bridge-closure", "harbour-vote"), mini.articles().stream().map(GoldArticle::id).toList());
        assertEquals("""
                indirect [41,83] "the harbour plan would go to a public vote" source="Mayor Ada Lindqvist" cue="said"
                direct [86,179] "“We owe the people of Norrvik a say. Nobody should build on their shore \
                without asking them,”" source="Lindqvist" cue="told"
                direct [224,254;256,295] "“The vote will be held in May. “And the result will bind the council,”" \
                source="she" cue="added"
                indirect [339,394] "the plan was “a gift to developers” and would cost jobs" \
                source="Council member Tomas Berg" cue="said"
                indirect [416,425] "it rushed" source="Critics" cue="have called"
                indirect [428,442;454,477] "The project is worth 40 million crowns" source=none cue="reportedly\"""",
                render(mini.articles().get(1)));
    }

    @Test
    void usesTheAnnotatorFirstInAlphabeticalOrder() {
        GoldArticle bridge = PolnearCorpus.load(miniSplit()).get(0);

        // a1f0 marked two attributions, c3d2 only the first
        assertEquals("""
                indirect [0,51] "The Eastern Bridge will close for repairs next week" source="the transport agency" \
                cue="said"
                direct [81,114;150,187] ""Traffic will move to the ferry," "We expect delays of twenty minutes."" \
                source="agency spokesperson Lena Vik" cue="said\"""",
                render(bridge));
    }

    @Test
    void skipsAndReportsLinesItCannotUseAndKeepsTheRest(@TempDir Path dir) throws IOException {
        String text = "Ann Lee said the road is shut.\n";
        write(dir, "text/road.txt", text);
        write(dir, "attributions/road_0b1c.ann", """
                T1\tSource 0 7\tAnn Lee
                T2\tCue 8 12\tsaid
                T3\tContent 13 29\tthe road is shut
                E1\tAttribution:T9 Source:T1 Cue:T2 Content:T3
                T4\tContent 13 x\tthe road
                T5\tContent 13 99\tthe road
                T6\tContent 13 21\tthe path
                T2\tCue 8 12\tsaid
                E2\tAttribution:T9 Source:T1 Content:T7
                E3\tAttribution:T9 Speaker:T1 Content:T3
                E4\tRelation:T9 Content:T3
                E5
                this is not brat

                # a comment
                """);

        PolnearCorpus.Result road = PolnearCorpus.read(dir);

        assertEquals("""
                attributions/road_0b1c.ann:5: bad offsets '13 x' (need 'start end' within 0..31)
                attributions/road_0b1c.ann:6: bad offsets '13 99' (need 'start end' within 0..31)
                attributions/road_0b1c.ann:7: covered text does not match the article text at [[13,21]]
                attributions/road_0b1c.ann:8: duplicate id T2
                attributions/road_0b1c.ann:9: argument 'Content:T7' does not name a valid text-bound annotation
                attributions/road_0b1c.ann:10: unknown role 'Speaker'
                attributions/road_0b1c.ann:11: event type 'Relation' is not Attribution or Attribution-no-source
                attributions/road_0b1c.ann:12: event line needs tab-separated id and 'Type:Tn Role:Tn ...'
                attributions/road_0b1c.ann:13: not a T, E or # line""",
                road.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertEquals("indirect [13,29] \"the road is shut\" source=\"Ann Lee\" cue=\"said\"",
                render(road.articles().get(0)));
    }

    @Test
    void survivesRandomlyDamagedAnnotationFiles(@TempDir Path dir) throws IOException {
        Path mini = miniSplit();
        String text = Files.readString(mini.resolve("text/harbour-vote.txt"));
        List<String> lines = Files.readAllLines(mini.resolve("attributions/harbour-vote_7e21.ann"));
        write(dir, "text/harbour-vote.txt", text);
        long seed = 20240611L;
        Random random = new Random(seed);
        String alphabet = "\t ;:0123456789TE#-x\n";
        for (int round = 0; round < 300; round++) {
            StringBuilder damaged = new StringBuilder(String.join("\n", lines));
            for (int edit = 1 + random.nextInt(6); edit > 0; edit--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            write(dir, "attributions/harbour-vote_7e21.ann", damaged.toString());

            PolnearCorpus.Result result = PolnearCorpus.read(dir);

            String context = "seed " + seed + ", round " + round + ":\n" + damaged;
            assertEquals(1, result.articles().size(), context);
            for (GoldAttribution a : result.articles().get(0).attributions()) {
                Stream.of(a.content(), a.source(), a.cue()).flatMap(List::stream)
                        .forEach(s -> assertTrue(s.end() <= text.length(), context));
            }
            assertTrue(result.articles().get(0).attributions().size() + result.problems().size() >= 1, context);
        }
    }

    @Test
    void readsOffsetsAsCodePointsLikeBrat(@TempDir Path dir) throws IOException {
        write(dir, "text/smile.txt", "\uD83D\uDE00 Ann said “hi”.\n");
        write(dir, "attributions/smile_0001.ann", """
                T1\tSource 2 5\tAnn
                T2\tCue 6 10\tsaid
                T3\tContent 11 15\t“hi”
                E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
                """);

        PolnearCorpus.Result smile = PolnearCorpus.read(dir);

        assertEquals("[]", smile.problems().toString());
        assertEquals("direct [12,16] \"“hi”\" source=\"Ann\" cue=\"said\"", render(smile.articles().get(0)));
    }

    @Test
    void listsAtMostTwoHundredProblemsAndCountsTheRest(@TempDir Path dir) throws IOException {
        write(dir, "text/noise.txt", "Nothing here.\n");
        write(dir, "attributions/noise_0001.ann", "noise\n".repeat(250));

        List<InputProblem> problems = PolnearCorpus.read(dir).problems();

        assertEquals(201, problems.size());
        assertEquals("attributions/noise_0001.ann:200: not a T, E or # line", problems.get(199).toString());
        assertEquals("(more): 50 further problems not listed", problems.get(200).toString());
    }

    @Test
    void reportsFilesWithoutTheirPartner(@TempDir Path dir) throws IOException {
        write(dir, "text/lonely.txt", "No one annotated this.\n");
        write(dir, "attributions/orphan_0001.ann", "");
        write(dir, "attributions/noannotator.ann", "");

        PolnearCorpus.Result result = PolnearCorpus.read(dir);

        assertEquals(List.of(), result.articles());
        assertEquals("""
                attributions/noannotator.ann: name is not ARTICLE_ANNOTATOR.ann
                text/lonely.txt: no attributions/lonely_*.ann, article skipped
                text/orphan.txt: cannot read the text for attributions/orphan_0001.ann: \
                java.nio.file.NoSuchFileException: %s""".formatted(dir.resolve("text/orphan.txt")),
                result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void refusesAFolderThatIsNotASplit(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.load(dir));

        assertEquals("not a PolNeAR split folder: " + dir + " must contain text/ and attributions/ (no attributions/)",
                e.getMessage());
    }

    private static void write(Path dir, String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
