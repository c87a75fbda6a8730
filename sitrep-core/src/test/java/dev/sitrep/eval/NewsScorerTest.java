package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The news scorer counts as the reference scorer does, on articles written for the test. */
class NewsScorerTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    private static final String GOLD = """
            {'id': 'a1',
             'people': [{'name': 'Ana Berg', 'titles': ['Foreign Minister'], 'affiliation': 'NOR'},
                        {'name': 'Lars Dahl', 'titles': ['defence minister'], 'affiliation': 'NOR'},
                        {'name': 'Eva Holm', 'titles': [], 'affiliation': 'Gazprom'}],
             'quotes': [{'start_words': 'We will not give up', 'direct': true, 'speaker': 'Ana Berg'},
                        {'start_words': 'the talks had failed', 'direct': false, 'speaker': 'COUNTRY:NOR'},
                        {'start_words': 'nobody saw it coming', 'direct': true, 'speaker': null}],
             'events': [{'type': 'CONSULT', 'source': ['NOR'], 'target': ['SWE'], 'mode': 'future'},
                        {'type': 'ACCUSE', 'source': ['NOR'], 'target': [], 'mode': 'asserted'}],
             'commitments': [{'donor': 'NOR', 'recipient': 'UKR', 'aid_type': 'military', 'status': 'pledged'}]}
            """;

    private static final String SITREP = """
            {'id': 'a1', 'text': 'x',
             'entities': [{'id': 'e1', 'type': 'PERSON', 'name': 'Ana Berg', 'titles': ['Foreign Minister'],
                           'affiliation': 'NOR'},
                          {'id': 'e2', 'type': 'PERSON', 'name': 'Dahl', 'titles': ['Minister'], 'affiliation': null},
                          {'id': 'e3', 'type': 'PERSON', 'name': 'Eva Holm', 'titles': [],
                           'affiliation': 'Gazprom Neft'},
                          {'id': 'e4', 'type': 'ORGANIZATION', 'name': 'Foreign Ministry', 'code': 'NOR-MFA'},
                          {'id': 'e5', 'type': 'COUNTRY', 'name': 'Sweden', 'code': 'SWE'}],
             'quotes': [{'text': 'We will not give up, she said', 'direct': true, 'speaker': 'e1'},
                        {'text': 'The talks had failed badly', 'direct': false, 'speaker': 'e4'},
                        {'text': 'Something else entirely here', 'direct': true, 'speaker': null}],
             'events': [{'type': 'CONSULT', 'mode': 'asserted', 'source': [{'entity': 'e1', 'name': 'Ana Berg',
                          'code': 'NOR'}], 'target': [{'entity': 'e5', 'name': 'Sweden', 'code': null}]},
                        {'type': 'ACCUSE', 'mode': 'asserted', 'source': [{'entity': 'e4', 'name': 'Foreign Ministry',
                          'code': null}], 'target': []}],
             'commitments': [{'donor': 'NOR', 'recipient': 'UKR', 'aidType': 'military', 'status': 'delivered'}]}
            """;

    @Test
    void countsPeopleTitlesAndAffiliationsAsTheReferenceDoes() throws Exception {
        NewsScorer.Counts c = NewsScorer.score("a1", json(GOLD), json(SITREP));
        Map<String, Double> f = c.figures();
        assertEquals(1.0, f.get("people_recall"));
        // Berg's title matches; Dahl's "Minister" shares one word of two with "defence minister": 0.5 is enough
        assertEquals(1.0, f.get("title_acc"));
        // Berg right, Dahl none; Holm: "gazprom" (7 letters) is contained in "gazprom neft"
        assertEquals(0.667, f.get("affiliation_acc"));
    }

    @Test
    void countsQuotesAndSpeakers() throws Exception {
        NewsScorer.Counts c = NewsScorer.score("a1", json(GOLD), json(SITREP));
        // the third gold quote starts otherwise: missed
        assertEquals(2, c.get("quotes_found"));
        // the ministry's code holds NOR: COUNTRY:NOR is right; Berg is right
        assertEquals(2, c.get("spk_ok"));
        assertEquals(2, c.get("spk_n"));
        assertTrue(c.details().stream().anyMatch(l -> l.startsWith("QUOTE-MISSED a1 | direct | nobody saw")));
    }

    @Test
    void eventsNeedTypeSourceAndTargetAndCommitmentsTheirParties() throws Exception {
        NewsScorer.Counts c = NewsScorer.score("a1", json(GOLD), json(SITREP));
        // CONSULT: the target's code comes from the entity (SWE); ACCUSE: the source falls back to the name
        assertEquals(1, c.get("events_found"));
        assertEquals(1, c.get("pred_events_ok"));
        assertEquals(0, c.get("mode_ok"), "future gold, asserted system");
        assertEquals(1, c.get("coms_found"));
        assertEquals(0, c.get("status_ok"));
        assertEquals(0.5, c.figures().get("event_f1"));
    }

    @Test
    void sameStartComparesTheFirstFourWordsEitherWay() {
        assertTrue(NewsScorer.sameStart("we will not give up", "we will not give up, she said"));
        assertTrue(NewsScorer.sameStart("the talks had failed", "the talks had failed badly"));
        assertTrue(NewsScorer.sameStart("the talks had failed", "talks had failed"),
                "the system's first words inside the gold's");
        assertFalse(NewsScorer.sameStart("the talks had failed", "nothing of the sort"));
        assertFalse(NewsScorer.sameStart("", "anything"));
    }

    @Test
    void titlesAreComparedAsWordSetsWithoutStopWords() {
        assertTrue(NewsScorer.titleOk(List.of("Minister of Foreign Affairs"), List.of("Foreign Affairs Minister")));
        assertFalse(NewsScorer.titleOk(List.of("Secretary of State"), List.of("General")));
        assertEquals(null, NewsScorer.titleOk(List.of(), List.of("President")));
        assertEquals("berg", NewsScorer.surname("Ana Berg"));
        assertEquals("mlambo-ngcuka", NewsScorer.surname("Phumzile Mlambo-Ngcuka"));
    }

    @Test
    void noOutputMissesEverything() throws Exception {
        NewsScorer.Counts c = NewsScorer.score("a1", json(GOLD), null);
        assertEquals(0, c.get("people_found"));
        assertEquals(3, c.get("quotes"));
        assertEquals(0.0, c.figures().get("event_f1"));
    }
}
