package dev.sitrep.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled knowledge base is sound (the build's check: no malformed line, unknown code, name or form of two
 * actors, or overlapping holders of one office) and holds what the issue asks of it.
 */
class BuiltInKnowledgeTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @Test
    void theBundledFilesHaveNoProblem() {
        List<KbProblem> problems = KbLoader.checkBuiltIn();
        assertEquals(List.of(), problems, "fix the bundled knowledge base: " + problems);
    }

    @Test
    void knowsTheStatesAndOrganisationsOfTheSeed() {
        Country can = KB.country("CAN").orElseThrow();
        assertEquals("Canada", can.name());
        assertTrue(can.demonyms().contains("Canadian"));
        assertEquals("Czech Republic", KB.country("CZE").orElseThrow().name());
        assertTrue(KB.country("UKR").orElseThrow().capitals().containsAll(List.of("Kyiv", "Kiev")));
        assertTrue(KB.country("RUS").orElseThrow().government().contains("Kremlin"));
        for (String code : List.of("XKX", "TWN", "PSE")) {
            assertTrue(KB.country(code).isPresent(), code);
        }
        for (String code : List.of("NATO", "EU", "UN", "OSCE")) {
            Institution igo = KB.institution(code).orElseThrow();
            assertEquals(Sector.IGO, igo.sector(), code);
            assertTrue(igo.isInternational(), code);
        }
        assertEquals("European Union", KB.institution("EU").orElseThrow().name());
        Institution ctv = KB.institution("CTV").orElseThrow();
        assertEquals("CAN", ctv.country());
        assertEquals(Sector.MED, ctv.sector());
    }

    @Test
    void holdsEnoughOfTheWorld() {
        assertTrue(KB.countries().size() >= 193, "every UN member state: " + KB.countries().size());
        assertTrue(KB.people().size() >= 1500, "people: " + KB.people().size());
        long terms = KB.people().stream().mapToLong(p -> p.terms().size()).sum();
        assertTrue(terms >= 2000, "terms of office: " + terms);
    }

    @Test
    void everyTermIsDatedAndEveryCodeKnown() {
        for (Person p : KB.people()) {
            for (Term t : p.terms()) {
                assertTrue(KB.knows(t.of()), t.source() + ": " + t.of());
                assertTrue(t.from().year() >= 1900, t.source() + ": starts " + t.from());
            }
        }
        for (Institution i : KB.institutions()) {
            assertTrue(i.country() == null || KB.country(i.country()).isPresent(), i.source());
            if (i.country() != null && i.sector().isState()) {
                assertTrue(i.code().startsWith(i.country() + "-"), i.source() + ": a state body's code starts with "
                        + "its state: " + i.code());
            }
        }
    }

    @Test
    void datedLookUpsGiveTheOfficeOfTheDay() {
        Person putin = only(KB.personsNamed("Vladimir Putin"));
        assertEquals("Prime Minister", KB.officeOn(putin, LocalDate.of(2010, 6, 1)).orElseThrow().term().office());
        assertEquals("President", KB.officeOn(putin, LocalDate.of(2022, 1, 10)).orElseThrow().term().office());
        Person stoltenberg = only(KB.personsWithSurname("Stoltenberg"));
        KnowledgeBase.Held inNato = KB.officeOn(stoltenberg, LocalDate.of(2022, 1, 10)).orElseThrow();
        assertEquals("NATO", inNato.term().of());
        assertEquals(Sector.IGO, inNato.term().sector());
    }

    @Test
    void spellingsOfOneNameMeet() {
        Person z = only(KB.personsNamed("Volodymyr Zelenskyy"));
        assertEquals(z, only(KB.personsNamed("Volodymyr Zelenskiy")));
        assertEquals(z, only(KB.personsNamed("Volodymyr Zelensky")));
        assertFalse(KB.personsNamed("Recep Tayyip Erdoğan").isEmpty(), "with and without diacritics");
        assertEquals(KB.personsNamed("Recep Tayyip Erdoğan"), KB.personsNamed("Recep Tayyip Erdogan"));
    }

    @Test
    void aFamilyNameFirstStateIsLookedUpByTheFirstWord() {
        assertTrue(KB.familyNameFirst("CHN"));
        assertTrue(KB.personsWithSurname("Xi").stream().anyMatch(p -> p.name().startsWith("Xi Jinping")),
                "Xi is Xi Jinping's family name");
    }

    @Test
    void anotherGivenNameWithTheSameInitialIsAnotherPerson() {
        PersonMatcher m = new PersonMatcher(KB);
        LocalDate day = LocalDate.of(2006, 1, 10);
        assertEquals("Shaukat Aziz", m.match(new PersonMatcher.Context("Shaukat Aziz", day, Set.of(), null, null))
                .orElseThrow().person().name());
        assertTrue(m.match(new PersonMatcher.Context("Sartaj Aziz", day, Set.of(), null, null)).isEmpty(),
                "Sartaj is not Shaukat");
        assertTrue(PersonMatcher.alike("volodymyr", "vladimir"));
        assertTrue(PersonMatcher.alike("kassym-zhomart", "kassym-jomart"));
        assertFalse(PersonMatcher.alike("sartaj", "shaukat"));
        assertFalse(PersonMatcher.alike("oleksandr", "alexander"), "the first letter differs");
    }

    @Test
    void theMatcherTakesAFamilyNameOnlyForSomeoneInOfficeThatDay() {
        PersonMatcher m = new PersonMatcher(KB);
        var ctx = new PersonMatcher.Context("Stoltenberg", LocalDate.of(2022, 1, 10), Set.of(), null, null);
        assertEquals("Jens Stoltenberg", m.match(ctx).orElseThrow().person().name());
        // before he took office in NATO, and after he was prime minister: no Stoltenberg in office that day
        var before = new PersonMatcher.Context("Stoltenberg", LocalDate.of(2014, 3, 1), Set.of(), null, null);
        assertTrue(m.match(before).isEmpty());
        // a full name is taken at any date, and a former office is given as former
        var former = new PersonMatcher.Context("Petro Poroshenko", LocalDate.of(2021, 3, 1), Set.of(), null, null);
        KnowledgeBase.Held held = m.match(former).orElseThrow().office().orElseThrow();
        assertTrue(held.former());
        assertEquals("former President", held.title());
    }

    @Test
    void aGivenNameSpelledOtherwiseStillMeetsItsFamilyName() {
        PersonMatcher m = new PersonMatcher(KB);
        // the knowledge base spells him Kassym-Jomart; the article Kassym-Zhomart
        var ctx = new PersonMatcher.Context("Kassym-Zhomart Tokayev", LocalDate.of(2022, 1, 6), Set.of("KAZ"), null,
                null);
        assertEquals("KAZ", m.match(ctx).orElseThrow().office().orElseThrow().term().of());
        // a different given initial is another person
        var other = new PersonMatcher.Context("Nurlan Tokayev", LocalDate.of(2022, 1, 6), Set.of(), null, null);
        assertTrue(m.match(other).isEmpty());
    }

    private static Person only(List<Person> people) {
        assertEquals(1, people.size(), people.toString());
        return people.get(0);
    }
}
