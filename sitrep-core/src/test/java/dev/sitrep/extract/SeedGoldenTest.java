package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import dev.sitrep.testing.Shared;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test on the article that started the project: ../shared/seed/ (UAWire, 2022-01-10). The text is read
 * from the shared folder at run time, never copied here; the expected values are ours.
 */
class SeedGoldenTest {

    private static Article seed;

    @BeforeAll
    static void analyse() {
        List<dev.sitrep.model.SourceDocument> docs = Shared.read(Shared.sharedDir().resolve("seed"));
        assertEquals(1, docs.size());
        seed = Shared.analyze(docs.get(0));
    }

    @Test
    void headerGivesDateAndTitle() {
        assertEquals("2022-01-10T11:00:06", seed.source().published());
        assertEquals("Canada and Czech Republic strengthen military support for Ukraine", seed.source().title());
        assertEquals("uawire-2022-01-10-canada-czech-military-support", seed.id());
    }

    @Test
    void peopleWithTitlesAndAffiliations() {
        assertEquals("Melanie Joly PERSON [Foreign Minister] aff=CAN", Shared.render(Shared.entity(seed,
                "Melanie Joly")));
        assertEquals("Anita Anand PERSON [defence minister] aff=CAN", Shared.render(Shared.entity(seed,
                "Anita Anand")));
        assertEquals("Jan Lipavsky PERSON [Foreign Minister] aff=CZE", Shared.render(Shared.entity(seed,
                "Jan Lipavsky")));
    }

    @Test
    void countriesAndOrganisationsCarryCodes() {
        for (String expected : List.of("Canada COUNTRY code=CAN", "Czech Republic COUNTRY code=CZE",
                "Ukraine COUNTRY code=UKR", "Russia COUNTRY code=RUS", "Slovakia COUNTRY code=SVK",
                "Austria COUNTRY code=AUT", "NATO ORGANIZATION code=NATO", "CTV News ORGANIZATION code=CTV")) {
            String name = expected.substring(0, expected.indexOf(expected.contains(" COUNTRY") ? " COUNTRY"
                    : " ORGANIZATION"));
            assertEquals(expected, Shared.render(Shared.entity(seed, name)));
        }
    }

    @Test
    void mentionsIncludePronounsRolesDemonymsAndCapitals() {
        assertEquals("[Melanie Joly, her, My, Joly, I, Joly]", mentions("Melanie Joly"));
        assertEquals("[Jan Lipavsky, him, the foreign minister, Lipavsky, he]", mentions("Jan Lipavsky"));
        // "Canadian" is Canada; "cooperation with Kyiv" is Ukraine's government; "Prague is coordinating" is CZE
        assertTrue(mentions("Canada").startsWith("[Canadian, Canadian"), mentions("Canada"));
        assertTrue(mentions("Ukraine").contains("Kyiv"), mentions("Ukraine"));
        assertTrue(mentions("Czech Republic").contains("Prague"), mentions("Czech Republic"));
        // "will be visiting Kyiv" is the city
        assertEquals("Kyiv CITY", Shared.render(Shared.entity(seed, "Kyiv")));
        assertEquals("UKR", Shared.entity(seed, "Kyiv").country());
    }

    @Test
    void directQuotesAndTheirSpeakers() {
        List<String> direct = seed.quotes().stream().filter(Quote::direct).map(Shared::render).toList();
        assertEquals(List.of(
                "direct speaker=Melanie Joly cue=said \"The most important thing right now is re...\"",
                "direct speaker=Melanie Joly cue=stressed \"We call on Russia, along with all NATO a...\"",
                "direct speaker=Jan Lipavsky cue=said \"At the national level, the Czech Republi...\""), direct);
    }

    @Test
    void lipavskysIndirectStatements() {
        List<String> lipavsky = seed.quotes().stream()
                .filter(q -> !q.direct() && "Jan Lipavsky".equals(q.speakerName())).map(Shared::render).toList();
        assertEquals(List.of(
                "indirect speaker=Jan Lipavsky cue=said \"the Czech Republic is strengthening mili...\"",
                "indirect speaker=Jan Lipavsky cue=According to \"Prague is already coordinating with NATO...\"",
                "indirect speaker=Jan Lipavsky cue=said \"soon he will be visiting Kyiv together w...\""), lipavsky);
    }

    @Test
    void quoteSpeakerMentionsPointAtTheText() {
        Quote third = seed.quotes().stream().filter(Quote::direct).toList().get(2);
        assertEquals("the foreign minister", third.speakerSpan().of(seed.text()));
        for (Quote q : seed.quotes()) {
            assertEquals(q.text(), q.span().of(seed.text()));
            assertTrue(q.speakerId() == null || seed.entities().stream().anyMatch(e -> e.id().equals(q.speakerId())));
        }
    }

    private static String mentions(String name) {
        Entity e = Shared.entity(seed, name);
        return e.mentions().stream().map((Span s) -> s.of(seed.text())).collect(Collectors.joining(", ", "[", "]"));
    }
}
