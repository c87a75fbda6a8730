package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.testing.Shared;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden tests on real, messy news from ../shared/corpus/news-dev.jsonl (read at run time, never copied here).
 * Each expectation was checked by reading the article; they cover titles with "of", capitals used for
 * governments and as places, datelines, appositive speakers, pronoun and continued speakers.
 */
class CorpusGoldenTest {

    private static final Map<String, Article> ARTICLES = new HashMap<>();

    @BeforeAll
    static void analyse() {
        List<String> wanted = List.of("uaw-lukashenko-russia-will-not-attack",
                "thestar-reuters-klimkin-crimea-return-tokyo", "uaw-hungary-expels-ukrainian-diplomat",
                "uaw-kremlin-decree-simplified-passports", "pledgetimes-stoltenberg-hard-price-2022");
        for (SourceDocument d : Shared.read(Shared.sharedDir().resolve("corpus/news-dev.jsonl"))) {
            if (wanted.contains(d.id())) {
                ARTICLES.put(d.id(), Shared.analyze(d));
            }
        }
        assertEquals(wanted.size(), ARTICLES.size(), "articles missing from the corpus");
    }

    private static List<String> direct(String id) {
        return ARTICLES.get(id).quotes().stream().filter(Quote::direct)
                .map(q -> q.speakerName() + " / " + q.cue()).toList();
    }

    private static String mentions(String id, String name) {
        Article a = ARTICLES.get(id);
        Entity e = Shared.entity(a, name);
        return e.mentions().stream().map(s -> s.of(a.text())).collect(Collectors.joining("|"));
    }

    @Test
    void lukashenkoArticle() {
        String id = "uaw-lukashenko-russia-will-not-attack";
        Article a = ARTICLES.get(id);
        assertEquals("Alexander Lukashenko PERSON [dictator] aff=BLR", Shared.render(Shared.entity(a,
                "Alexander Lukashenko")));
        assertEquals("Dmytro Kuleba PERSON [Foreign Minister] aff=UKR", Shared.render(Shared.entity(a,
                "Dmytro Kuleba")));
        assertEquals("Belarus COUNTRY code=BLR", Shared.render(Shared.entity(a, "Belarus")));
        // "the Americans" are the United States
        assertTrue(mentions(id, "United States").contains("Americans"));
        assertEquals(List.of("Alexander Lukashenko / said", "Alexander Lukashenko / added"), direct(id));
        // "Lukashenko gave an interview to ... Kiselyov, in which he said that Belarus would be on Russia's side"
        Quote side = a.quotes().stream().filter(q -> q.text().startsWith("Belarus would be")).findFirst()
                .orElseThrow();
        assertEquals("Alexander Lukashenko", side.speakerName());
    }

    @Test
    void klimkinInTokyo() {
        String id = "thestar-reuters-klimkin-crimea-return-tokyo";
        Article a = ARTICLES.get(id);
        assertEquals("Pavlo Klimkin PERSON [Foreign Minister] aff=UKR", Shared.render(Shared.entity(a,
                "Pavlo Klimkin")));
        // the dateline is the city; "Kiev's sovereignty" and "between Kiev and ... separatists" are Ukraine
        assertEquals("CITY", Shared.entity(a, "Tokyo").type().name());
        assertTrue(mentions(id, "Tokyo").startsWith("TOKYO"));
        assertEquals(2, List.of(mentions(id, "Ukraine").split("\\|")).stream().filter("Kiev"::equals).count());
        // told / said / the next paragraph continues the same statement
        assertEquals(List.of("Pavlo Klimkin / told", "Pavlo Klimkin / said", "Pavlo Klimkin / null"),
                direct(id).subList(0, 3));
    }

    @Test
    void hungaryExpelsDiplomat() {
        String id = "uaw-hungary-expels-ukrainian-diplomat";
        Article a = ARTICLES.get(id);
        // "Foreign Minister of Ukraine Pavlo Klimkin"
        assertEquals("Pavlo Klimkin PERSON [Foreign Minister] aff=UKR", Shared.render(Shared.entity(a,
                "Pavlo Klimkin")));
        assertEquals("Yuriy Lutsenko PERSON [Prosecutor General]", Shared.render(Shared.entity(a,
                "Yuriy Lutsenko")));
        // "Ministry Press Secretary Mariana Betsa": the title in the article's words, no owner in CoreNLP's "Ministry Press"
        assertEquals("Mariana Betsa PERSON [Ministry Press Secretary]", Shared.render(Shared.entity(a,
                "Mariana Betsa")));
        assertEquals(List.of("Pavlo Klimkin / wrote"), direct(id));
        // "the Vienna Convention" is no mention of Austria
        assertTrue(a.entities().stream().noneMatch(e -> "AUT".equals(e.code())));
        Quote added = a.quotes().stream().filter(q -> "added".equals(q.cue())).findFirst().orElseThrow();
        assertEquals("Mariana Betsa", added.speakerName());
        assertEquals("She", added.speakerSpan().of(a.text()));
    }

    @Test
    void kremlinDecreePressSecretarySpeaks() {
        Article a = ARTICLES.get("uaw-kremlin-decree-simplified-passports");
        assertEquals("Vladimir Putin PERSON [President] aff=RUS", Shared.render(Shared.entity(a,
                "Vladimir Putin")));
        // "the Press Secretary for the Russian President, Dmitry Peskov, said that ...": Peskov speaks, not Putin
        Quote said = a.quotes().stream().filter(q -> q.text().startsWith("the simplified procedure for residents"))
                .findFirst().orElseThrow();
        assertEquals("Dmitry Peskov", said.speakerName());
        // the Kremlin is Russia's government
        assertTrue(mentions("uaw-kremlin-decree-simplified-passports", "Russia").contains("Kremlin"));
    }

    @Test
    void stoltenbergAtNato() {
        String id = "pledgetimes-stoltenberg-hard-price-2022";
        Article a = ARTICLES.get(id);
        assertEquals("Jens Stoltenberg PERSON [Secretary General] aff=NATO", Shared.render(Shared.entity(a,
                "Jens Stoltenberg")));
        assertEquals(List.of("Jens Stoltenberg / said", "Jens Stoltenberg / said"), direct(id));
        assertTrue(a.quotes().stream().filter(q -> !q.direct()).map(Quote::speakerName)
                .filter("Jens Stoltenberg"::equals).count() >= 3);
    }
}
