package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading PLV files and scoring events against their marked phrases, on lines written here. */
class PlvTest {

    private static final String HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\n";

    private static PlvGold.Result parse(String body) throws IOException {
        return PlvGold.parse(new BufferedReader(new StringReader(HEADER + body)), "t.tsv");
    }

    private static String line(String id, String marked, String type) {
        String plain = marked.replaceAll("</?[st]>", "");
        return "0\t" + id + "\t" + plain + "\t" + marked + "\tx\ty\t" + type + "\n";
    }

    @Test
    void marksGiveTheSpansOfSourceAndTarget() throws IOException {
        PlvGold.Result r = parse(line("7", "<s>Ruritania</s> shelled <t>the port of Osterlich</t>.", "ASSAULT"));
        PlvRecord rec = r.records().get(0);
        assertEquals("PLV-7", rec.id());
        assertEquals("Ruritania shelled the port of Osterlich.", rec.text());
        assertEquals(List.of(new Span(0, 9)), rec.sources());
        assertEquals("the port of Osterlich", rec.targetText());
        assertEquals(EventType.ASSAULT, rec.type());
    }

    @Test
    void marksMayNestRepeatOrLeaveARoleOut() throws IOException {
        PlvGold.Result r = parse(line("1", "<s><t>Ruritanian</t> rebels</s> laid down arms.", "YIELD")
                + line("2", "Aid was sent to <t>the valley</t>.", "AID")
                + line("3", "<s>Ruritania</s> lifted the <t>Osterlich</t> ban on <t>Osterlich</t>.", "YIELD")
                + line("3", "<s>Ruritania</s> lifted the Osterlich ban on <t>Osterlich</t>.", "YIELD"));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(new Span(0, 17)), r.records().get(0).sources());
        assertEquals(List.of(new Span(0, 10)), r.records().get(0).targets());
        assertEquals(EventType.CONCEDE, r.records().get(0).type(), "YIELD is CONCEDE");
        assertEquals(List.of(), r.records().get(1).sources());
        assertEquals(2, r.records().get(2).targets().size());
        assertEquals("PLV-3-2", r.records().get(3).id(), "a second pair of one sentence");
        assertEquals("3", r.records().get(3).sentenceId());
    }

    @Test
    void aLineThatCannotBeReadIsReportedWithItsNumberAndSkipped() throws IOException {
        PlvGold.Result r = parse(line("1", "<s>A</s> met <t>B</t>.", "CONSULT")
                + line("2", "<s>A met B.", "CONSULT")
                + line("3", "<s>A</s> met <t>B</t>.", "DANCE")
                + "0\t4\tonly three columns\n"
                + "0\t5\tA met B.\t<s>A</s> greeted <t>B</t>.\tx\ty\tCONSULT\n"
                + line("6", "A met B.", "CONSULT"));
        assertEquals(1, r.records().size());
        assertEquals(5, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).origin().equals("t.tsv:3"), r.problems().toString());
        assertTrue(r.problems().get(1).reason().contains("DANCE"));
        assertNull(PlvGold.marks("<s>A <s>B</s></s>"));
        assertNull(PlvGold.marks("A</t> met B"));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlvGold.parse(
                new BufferedReader(new StringReader("sentence_id\tsentence\n1\tx\n")), "t.tsv"));
        assertTrue(e.getMessage().contains("marked_sentence"), e.getMessage());
    }

    @Test
    void aTripleNeedsTheTypeAndActorsNamedInsideTheMarkedPhrases() throws IOException {
        PlvRecord gold = parse(line("7", "Then <s>Ruritania</s> shelled <t>Osterlich</t>.", "ASSAULT"))
                .records().get(0);
        Entity rur = entity("e1", "Ruritania", new Span(5, 14));
        Entity ost = entity("e2", "Osterlich", new Span(23, 32));
        PlvScorer scorer = new PlvScorer();

        EventScores right = scorer.score(article(gold, List.of(rur, ost), event(EventType.ASSAULT, rur, ost)), gold);
        assertEquals(1, right.exactTriples());
        assertEquals(1.0, right.micro().f1());

        EventScores reversed = scorer.score(article(gold, List.of(rur, ost), event(EventType.ASSAULT, ost, rur)),
                gold);
        assertEquals(0, reversed.exactTriples());
        assertEquals(0, reversed.lenientTriples());
        assertEquals(1, reversed.micro().matched(), "the type alone is right");

        EventScores noTarget = scorer.score(article(gold, List.of(rur, ost), event(EventType.ASSAULT, rur, null)),
                gold);
        assertEquals(0, noTarget.exactTriples());
        assertEquals(1, noTarget.lenientTriples(), "the source alone is right");

        EventScores wrongType = scorer.score(article(gold, List.of(rur, ost), event(EventType.COERCE, rur, ost)),
                gold);
        assertEquals(0, wrongType.lenientTriples());
        assertEquals(1, wrongType.types().get(EventType.COERCE).system());
        assertEquals(0, wrongType.types().get(EventType.ASSAULT).matched());
        assertEquals(2, wrongType.findings().size(), "a miss and a false alarm");
    }

    @Test
    void aRetreatIsPlvsYield() throws IOException {
        PlvRecord gold = parse(line("8", "<s>Ruritania</s> pulled back.", "YIELD")).records().get(0);
        Entity rur = entity("e1", "Ruritania", new Span(0, 9));
        EventScores s = new PlvScorer().score(article(gold, List.of(rur), event(EventType.RETREAT, rur, null)), gold);
        assertEquals(1, s.exactTriples(), "no target is marked: the source is enough");
        assertEquals(1, s.types().get(EventType.CONCEDE).matched());
    }

    private static Entity entity(String id, String name, Span mention) {
        return new Entity(id, EntityType.COUNTRY, name, null, null, List.of(), null, List.of(mention));
    }

    private static Article article(PlvRecord gold, List<Entity> entities, Event event) {
        return new Article(gold.document("test"), entities, List.of(), List.of(event), List.of(), "test");
    }

    private static Event event(EventType type, Entity source, Entity target) {
        return new Event(type, type.cameoRoot(), EventMode.ASSERTED, List.of(ref(source)),
                target == null ? List.of() : List.of(ref(target)), null, null, "did", new Span(0, 3),
                new Span(0, 8), "test");
    }

    private static EntityRef ref(Entity e) {
        return new EntityRef(e.id(), e.name(), e.code());
    }
}
