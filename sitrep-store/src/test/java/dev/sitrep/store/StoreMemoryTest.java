package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.kb.ActorMemory;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Sector;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store remembers what articles said of people, for later ones; what it filled in itself it does not learn. */
class StoreMemoryTest {

    @TempDir
    Path dir;

    private static Article article(String id, String day, String text, Entity person) {
        return new Article(new SourceDocument(id, null, null, null, day, text, id), List.of(person), List.of(),
                List.of(), List.of(), "test");
    }

    private static Entity person(List<String> titles, String affiliation, Map<Entity.Field, Origin> origins) {
        return new Entity("e1", EntityType.PERSON, "Ingrid Solvang", null, "NOR", titles, affiliation, Sector.GOV, null,
                origins, List.of(new Span(0, 14)));
    }

    @Test
    void aTitleAnArticleGaveIsRecalledForLaterDaysAndAfterReopening() {
        try (Store store = Store.open(dir)) {
            ActorMemory memory = store.memory();
            assertTrue(memory.recall("Ingrid Solvang", null).isEmpty());
            store.add(article("a1", "2024-03-01", "Ingrid Solvang, the fisheries minister, spoke.",
                    person(List.of("fisheries minister"), "NOR", Map.of())));
            ActorMemory.Recalled r = memory.recall("Ingrid Solvang", LocalDate.of(2024, 3, 5)).orElseThrow();
            assertEquals("fisheries minister", r.title());
            assertEquals("NOR", r.affiliation());
            assertTrue(memory.recall("Ingrid Solvang", LocalDate.of(2024, 2, 1)).isEmpty(),
                    "not what was said only later");
        }
        try (Store store = Store.open(dir)) {
            assertEquals("fisheries minister", store.memory().recall("Ingrid Solvang", null).orElseThrow().title());
        }
    }

    @Test
    void whatTheKnowledgeBaseOrTheMemoryFilledInIsNotLearned() {
        try (Store store = Store.open(dir)) {
            store.add(article("a1", "2024-03-01", "Ingrid Solvang spoke on Monday.", person(List.of("Minister"), "NOR",
                    Map.of(Entity.Field.TITLES, Origin.KB, Entity.Field.AFFILIATION, Origin.store("a0")))));
            assertTrue(store.memory().recall("Ingrid Solvang", null).isEmpty());
        }
    }
}
