package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void articleIdsIgnoreWhitespaceOnlyDifferences() {
        String a = "Estonia expelled a Russian diplomat on Friday.\n\nThe ministry said so.";
        String b = "  Estonia expelled a Russian  diplomat on Friday. The ministry said so.\n";
        assertEquals(Keys.articleId(a), Keys.articleId(b));
        assertNotEquals(Keys.articleId(a), Keys.articleId(a.replace("Friday", "Monday")));
        assertEquals(32, Keys.articleId(a).length());
    }

    @Test
    void transliterationVariantsOfANameAreOneActor() {
        String key = Keys.actorId(person("Volodymyr Zelensky"));
        assertEquals(key, Keys.actorId(person("Volodymyr Zelenskyy")));
        assertEquals(key, Keys.actorId(person("Volodymyr Zelenskiy")));
        assertEquals(key, Keys.actorId(person("President Volodymyr Zelensky")));
        assertNotEquals(key, Keys.actorId(person("Olena Zelenska")));
        assertEquals("person:jose maria alvarez", Keys.actorId(person("José María Álvarez")));
    }

    @Test
    void countriesAndCodedOrganisationsAreTheirCodes() {
        assertEquals("country:CAN", Keys.actorId(new Entity("e1", EntityType.COUNTRY, "Canada", "CAN", "CAN",
                List.of(), null, List.of(new Span(0, 6)))));
        assertEquals("org:NATO", Keys.actorId(new Entity("e2", EntityType.ORGANIZATION, "NATO", "NATO", null,
                List.of(), null, List.of(new Span(0, 4)))));
        assertEquals("group:protesters", Keys.actorId(new Entity("e3", EntityType.GROUP, "Protesters", null, null,
                List.of(), null, List.of(new Span(0, 10)))));
    }

    @Test
    void eventIdsAgreeForTheSameActorsDayTypeAndModeOnly() {
        Event a = event(EventType.SANCTION, EventMode.ASSERTED, "2024-05-17", "EU", "RUS");
        assertEquals(Keys.eventId(a), Keys.eventId(event(EventType.SANCTION, EventMode.ASSERTED, "2024-05-17",
                "EU", "RUS")));
        assertNotEquals(Keys.eventId(a), Keys.eventId(event(EventType.SANCTION, EventMode.FUTURE, "2024-05-17",
                "EU", "RUS")));
        assertNotEquals(Keys.eventId(a), Keys.eventId(event(EventType.SANCTION, EventMode.ASSERTED, "2024-05-18",
                "EU", "RUS")));
        assertNotEquals(Keys.eventId(a), Keys.eventId(event(EventType.SANCTION, EventMode.ASSERTED, "2024-05-17",
                "RUS", "EU")));
    }

    @Test
    void nearDuplicateTextsAreOneStoryAndOtherTextsAreNot() {
        String story = "Poland and Lithuania began joint military exercises near the Suwalki Gap on Monday, the "
                + "defence ministries of both countries said. About 3,000 troops take part in the drills, which "
                + "run until Friday and include air defence units and engineers. Officials said the exercises "
                + "were planned months ago and are not aimed at any country. Residents were warned of heavy "
                + "traffic on roads near the border during the week.";
        String copy = "WARSAW (Wire) - " + story + " Reporting by a staff writer.";
        String other = "Grain exports through the Black Sea rose for a third month in a row, traders said on "
                + "Tuesday, as insurers cut premiums for ships calling at ports in the region. Prices for wheat "
                + "fell slightly in response while maize was unchanged, and analysts expect the trend to hold.";
        String shortStory = "Russian forces shelled residential areas of Kharkiv overnight, regional officials said on "
                + "Saturday. Two people were wounded and a school was damaged, the governor wrote. Air defence units "
                + "shot down several drones over the city, the military said.";
        String shortCopy = "Kharkiv shelled overnight. " + shortStory + " Emergency crews worked through the morning.";
        assertTrue(Keys.sharedBands(Keys.storyKeys(story), Keys.storyKeys(copy)) >= Keys.SAME_STORY_BANDS);
        assertTrue(Keys.sharedBands(Keys.storyKeys(shortStory), Keys.storyKeys(shortCopy)) >= Keys.SAME_STORY_BANDS,
                () -> "a short story with a sentence added on each side shares "
                        + Keys.sharedBands(Keys.storyKeys(shortStory), Keys.storyKeys(shortCopy)) + " bands");
        assertTrue(Keys.sharedBands(Keys.storyKeys(story), Keys.storyKeys(other)) < Keys.SAME_STORY_BANDS);
        assertTrue(Keys.sharedBands(Keys.storyKeys(shortStory), Keys.storyKeys(story)) < Keys.SAME_STORY_BANDS);
    }

    private static Entity person(String name) {
        return new Entity("e1", EntityType.PERSON, name, null, null, List.of(), null, List.of(new Span(0, 1)));
    }

    private static Event event(EventType type, EventMode mode, String date, String source, String target) {
        return new Event(type, "000", mode, List.of(new EntityRef("s", source, source)),
                List.of(new EntityRef("t", target, target)), date, null, "x", new Span(0, 1), new Span(0, 1), "p");
    }
}
