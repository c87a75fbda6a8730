package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.AidType;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.testing.Shared;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link EventCoder} through the whole pipeline, on short news sentences written for this test and published on
 * Monday 10 January 2022. Each expectation is the list of the article's events in a compact rendering, {@code
 * SANCTION asserted EU -> RUS} (type, mode, source codes, target codes, {@code -} for none), with the date or
 * place added where the test is about them; a failure message shows the entities, triggers and patterns.
 */
class EventCoderTest {

    /** A Monday. */
    private static final String PUBLISHED = "2022-01-10";

    private static Article analyze(String text) {
        return Shared.analyze(
                new SourceDocument("event-coder-test", null, null, null, PUBLISHED, text, "EventCoderTest"));
    }

    /** {@code SANCTION asserted EU -> RUS}. An actor without a code shows as its quoted name. */
    private static String render(Event e) {
        return e.type() + " " + e.mode().name().toLowerCase(Locale.ROOT) + " " + actors(e.source()) + " -> "
                + actors(e.target());
    }

    private static String dated(Event e) {
        return render(e) + " on " + e.date();
    }

    private static String located(Event e) {
        return render(e) + " in " + (e.location() == null ? "-" : e.location().name());
    }

    /** {@code MILITARY PLEDGED USA -> UKR "military aid" 25000000 USD}. */
    private static String render(Commitment c) {
        return c.aidType() + " " + c.status() + " " + actors(List.of(c.donor())) + " -> "
                + (c.recipient() == null ? "-" : actors(List.of(c.recipient()))) + " \"" + c.what() + "\""
                + (c.amount() == null ? "" : " " + c.amount().toPlainString() + " " + c.currency());
    }

    private static String actors(List<EntityRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(r -> r.code() != null ? r.code() : "'" + r.name() + "'")
                .collect(Collectors.joining(","));
    }

    /** Asserts the events of {@code text}, in text order, each rendered by {@code how}. */
    private static void assertEvents(String text, Function<Event, String> how, String... expected) {
        Article a = analyze(text);
        assertEquals(List.of(expected), a.events().stream().map(how).toList(), () -> explain(a));
    }

    private static void assertEvents(String text, String... expected) {
        assertEvents(text, EventCoderTest::render, expected);
    }

    private static void assertNoEvents(String text) {
        assertEvents(text);
    }

    private static void assertCommitments(String text, String... expected) {
        Article a = analyze(text);
        assertEquals(List.of(expected), a.commitments().stream().map(EventCoderTest::render).toList(),
                () -> explain(a));
    }

    /** What the coder saw and did, for failure messages. */
    private static String explain(Article a) {
        StringBuilder b = new StringBuilder("\n  text: ").append(a.text());
        for (Entity e : a.entities()) {
            b.append("\n  entity: ").append(Shared.render(e));
        }
        for (Event e : a.events()) {
            b.append("\n  event: ").append(render(e)).append(" trigger=\"").append(e.trigger())
                    .append("\" pattern=").append(e.pattern()).append(" cameo=").append(e.cameo())
                    .append(" date=").append(e.date()).append(" location=")
                    .append(e.location() == null ? "-" : e.location().name());
        }
        for (Commitment c : a.commitments()) {
            b.append("\n  commitment: ").append(render(c)).append(" date=").append(c.date());
        }
        return b.append('\n').toString();
    }

    /** One sentence for each of PLOVER's sixteen types, reported as done. */
    @Nested
    class EveryType {

        @Test
        void agree() {
            assertEvents("Finland agreed with Sweden on a joint timetable for their membership bids.",
                    "AGREE asserted FIN -> SWE");
        }

        @Test
        void consult() {
            assertEvents("Indian Prime Minister Ravi Menon met Japanese Prime Minister Kenji Sato.",
                    "CONSULT asserted IND -> JPN");
        }

        @Test
        void support() {
            assertEvents("Canada praised Ghana for the peaceful conduct of its election.",
                    "SUPPORT asserted CAN -> GHA");
        }

        @Test
        void concede() {
            assertEvents("Turkey lifted its ban on Greek imports.", "CONCEDE asserted TUR -> GRC");
        }

        @Test
        void cooperate() {
            assertEvents("Morocco shared intelligence with Spain about the smuggling network.",
                    "COOPERATE asserted MAR -> ESP");
        }

        @Test
        void aid() {
            assertEvents("Japan sent food and medicine to Tonga after the eruption.", "AID asserted JPN -> TON");
        }

        @Test
        void retreat() {
            assertEvents("Ethiopia withdrew its troops from Somalia.", "RETREAT asserted ETH -> SOM");
        }

        @Test
        void request() {
            assertEvents("Chile asked Argentina for firefighting aircraft.", "REQUEST asserted CHL -> ARG");
        }

        @Test
        void accuse() {
            assertEvents("Poland condemned Belarus for its treatment of migrants at the border.",
                    "ACCUSE asserted POL -> BLR");
        }

        @Test
        void reject() {
            assertEvents("Venezuela rejected Guyana's claim to the disputed region.", "REJECT asserted VEN -> GUY");
        }

        @Test
        void threaten() {
            assertEvents("China threatened Lithuania with trade sanctions.", "THREATEN asserted CHN -> LTU");
        }

        @Test
        void protestTargetsTheProtestersOwnCountry() {
            assertEvents("Thousands of Serbian students protested in Belgrade against the mining project.",
                    "PROTEST asserted SRB -> SRB");
        }

        @Test
        void sanction() {
            assertEvents("The European Union imposed sanctions on Belarus.", "SANCTION asserted EU -> BLR");
        }

        @Test
        void mobilize() {
            assertEvents("Russia massed tanks near the Ukrainian border.", "MOBILIZE asserted RUS -> UKR");
        }

        @Test
        void mobilizeTroops() {
            assertEvents("Russia deployed thousands of troops near the Ukrainian border.",
                    "MOBILIZE asserted RUS -> UKR");
        }

        @Test
        void coerce() {
            assertEvents("Belarusian police arrested a Polish journalist in Grodno.", "COERCE asserted BLR -> POL");
        }

        @Test
        void assault() {
            assertEvents("Azerbaijani troops attacked Armenian positions near the border.",
                    "ASSAULT asserted AZE -> ARM");
        }
    }

    /** Negated, conditional, hypothetical and future events. */
    @Nested
    class Modes {

        @Test
        void didNotIsNegated() {
            assertEvents("Germany did not send tanks to Ukraine.", "AID negated DEU -> UKR");
        }

        @Test
        void neverIsNegated() {
            assertEvents("Japan has never imposed sanctions on Myanmar.", "SANCTION negated JPN -> MMR");
        }

        @Test
        void ifClauseIsHypothetical() {
            assertEvents("If Russia invades Ukraine, energy prices will rise sharply.",
                    "ASSAULT hypothetical RUS -> UKR");
        }

        @Test
        void unlessClauseIsHypothetical() {
            assertEvents("Relations will not improve unless Moscow releases the detained journalists.",
                    "RETREAT hypothetical RUS -> -");
        }

        @Test
        void unlessClauseSourceIsItsOwnSubject() {
            assertEvents("The ambassador will stay in Vilnius unless Moscow releases the detained journalists.",
                    "RETREAT hypothetical RUS -> -");
        }

        @Test
        void bothClausesOfIfWillAreHypothetical() {
            assertEvents("If Russia invades Ukraine, the United States will impose sanctions on Moscow.",
                    "ASSAULT hypothetical RUS -> UKR", "SANCTION hypothetical USA -> RUS");
        }

        @Test
        void bothClausesOfWillUnlessAreHypothetical() {
            assertEvents("Lithuania will expel the Russian ambassador unless Moscow releases the detained "
                    + "journalists.", "SANCTION hypothetical LTU -> RUS", "RETREAT hypothetical RUS -> -");
        }

        @Test
        void couldIsHypothetical() {
            assertEvents("The European Union could impose new sanctions on Belarus.",
                    "SANCTION hypothetical EU -> BLR");
        }

        @Test
        void consideringIsHypothetical() {
            assertEvents("Poland is considering sending weapons to Ukraine.", "AID hypothetical POL -> UKR");
        }

        @Test
        void notRulingOutIsHypotheticalNotNegated() {
            assertEvents("Poland did not rule out sending weapons to Ukraine.", "AID hypothetical POL -> UKR");
        }

        @Test
        void notRulingOutSanctions() {
            assertEvents("The United States did not rule out imposing sanctions on Iran.",
                    "SANCTION hypothetical USA -> IRN");
        }

        @Test
        void willIsFuture() {
            assertEvents("The Turkish president will visit Kyiv.", "CONSULT future TUR -> UKR");
        }

        @Test
        void plansToIsFuture() {
            assertEvents("Japan plans to impose tariffs on Chinese steel.", "SANCTION future JPN -> CHN");
        }

        @Test
        void isGoingToIsFutureWithEveryTarget() {
            assertEvents("Germany is going to host the leaders of France and Poland.",
                    "CONSULT future DEU -> FRA,POL");
        }

        @Test
        void wouldAfterSaidIsFutureAndItIsTheSpeaker() {
            assertEvents("Germany said it would send medicine to Ukraine.", "AID future DEU -> UKR");
        }
    }

    /** Passive voice, reported events and speech acts: who acts is not who speaks nor the grammatical subject. */
    @Nested
    class Voice {

        @Test
        void passiveSanctionsTakeTheirSourceFromBy() {
            assertEvents("New sanctions were imposed on Russia by the EU.", "SANCTION asserted EU -> RUS");
        }

        @Test
        void passiveSanctionsAtTheStartOfTheSentence() {
            assertEvents("Sanctions were imposed on Russia by the EU.", "SANCTION asserted EU -> RUS");
        }

        @Test
        void passiveKillingTargetsTheSubject() {
            assertEvents("Three Armenian soldiers were killed by Azerbaijani forces.", "ASSAULT asserted AZE -> ARM");
        }

        /** The gazetteer gives Kharkiv, no capital, no country: the target is the city itself. */
        @Test
        void reportedShellingIsCodedForTheShooterNotTheSpeaker() {
            assertEvents("Kyiv said Russia shelled Kharkiv overnight.", "ASSAULT asserted RUS -> 'Kharkiv'");
        }

        @Test
        void reportedThatClause() {
            assertEvents("The Polish government said that Belarusian soldiers had fired at Polish border guards.",
                    "ASSAULT asserted BLR -> POL");
        }

        @Test
        void weCallOnInAQuoteIsTheSpeakersCountry() {
            assertEvents("\"We call on Moscow to withdraw its troops from the border,\" Lithuanian Foreign "
                    + "Minister Jonas Petrauskas said.", "REQUEST asserted LTU -> RUS");
        }

        @Test
        void saidThatMustIsADemandOfTheSpeaker() {
            assertEvents("Estonia said that Russia must withdraw its troops from the border.",
                    "REQUEST asserted EST -> RUS");
        }

        @Test
        void saidMustWithoutThatIsADemandOfTheSpeaker() {
            assertEvents("Estonia said Russia must withdraw its troops from the border.",
                    "REQUEST asserted EST -> RUS");
        }

        @Test
        void pronounSubjectIsTheReportingCountry() {
            assertEvents("Uganda said it had expelled two Kenyan diplomats.", "SANCTION asserted UGA -> KEN");
        }
    }

    /** An act inside a promise, request, refusal or threat is part of that one event, not a second one. */
    @Nested
    class EmbeddedActs {

        @Test
        void agreedToSend() {
            assertEvents("Canada agreed to send armoured vehicles to Ukraine.", "AGREE asserted CAN -> UKR");
        }

        @Test
        void refusedToMeet() {
            assertEvents("Serbia refused to meet Kosovo's negotiators.", "REJECT asserted SRB -> XKX");
        }

        @Test
        void threatenedToCutOff() {
            assertEvents("Russia threatened to cut off gas supplies to Moldova.", "THREATEN asserted RUS -> MDA");
        }

        @Test
        void urgedToWithdraw() {
            assertEvents("Moldova urged Russia to withdraw its troops from Transnistria.",
                    "REQUEST asserted MDA -> RUS");
        }

        @Test
        void refusedToProvide() {
            assertEvents("Hungary refused to provide loans to Ukraine.", "REJECT asserted HUN -> UKR");
        }
    }

    /** Dates resolved against the article's, Monday 2022-01-10, in the direction of the event's mode. */
    @Nested
    class Dates {

        @Test
        void onFridayInThePastIsTheFridayBefore() {
            assertEvents("Estonian Foreign Minister Kalle Tamm met Latvian Foreign Minister Ilze Ozola on Friday.",
                    EventCoderTest::dated, "CONSULT asserted EST -> LVA on 2022-01-07");
        }

        @Test
        void onFridayInTheFutureIsTheFridayAfter() {
            assertEvents("The Turkish president will visit Kyiv on Friday.", EventCoderTest::dated,
                    "CONSULT future TUR -> UKR on 2022-01-14");
        }

        @Test
        void nextFriday() {
            assertEvents("The Turkish president will visit Kyiv next Friday.", EventCoderTest::dated,
                    "CONSULT future TUR -> UKR on 2022-01-14");
        }

        @Test
        void yesterday() {
            assertEvents("Pakistan expelled two Indian diplomats yesterday.", EventCoderTest::dated,
                    "SANCTION asserted PAK -> IND on 2022-01-09");
        }

        @Test
        void monthAndDay() {
            assertEvents("Kazakhstan declared a state of emergency on January 3.", EventCoderTest::dated,
                    "COERCE asserted KAZ -> KAZ on 2022-01-03");
        }

        @Test
        void noDateIsTheArticlesDate() {
            assertEvents("Greece recalled its ambassador from Libya.", EventCoderTest::dated,
                    "SANCTION asserted GRC -> LBY on 2022-01-10");
        }

        @Test
        void eachSentenceKeepsItsOwnDate() {
            assertEvents("Russian forces shelled Ukrainian positions on Saturday. The Ukrainian president will "
                    + "travel to "
                    + "Warsaw on Wednesday.", EventCoderTest::dated, "ASSAULT asserted RUS -> UKR on 2022-01-08",
                    "CONSULT future UKR -> POL on 2022-01-12");
        }
    }

    /** Where an event happened. */
    @Nested
    class Locations {

        @Test
        void meetingInACity() {
            assertEvents("Estonian Foreign Minister Kalle Tamm met Latvian Foreign Minister Ilze Ozola in Vilnius.",
                    EventCoderTest::located, "CONSULT asserted EST -> LVA in Vilnius");
        }

        @Test
        void protestInTheCapital() {
            assertEvents("Hundreds of Armenian protesters rallied in Yerevan against the peace deal.",
                    EventCoderTest::located, "PROTEST asserted ARM -> ARM in Yerevan");
        }

        @Test
        void noPlaceStated() {
            assertEvents("Greece recalled its ambassador from Libya.", EventCoderTest::located,
                    "SANCTION asserted GRC -> LBY in -");
        }
    }

    /** Support pledged, delivered, considered or refused. */
    @Nested
    class SupportCommitments {

        @Test
        void pledgedDollars() {
            assertCommitments("The United States pledged $25 million in military aid to Ukraine.",
                    "MILITARY PLEDGED USA -> UKR \"military aid\" 25000000 USD");
        }

        @Test
        void futureEuroLoans() {
            assertCommitments("The European Union will provide 1.2 billion euros in loans to Moldova.",
                    "FINANCIAL PLEDGED EU -> MDA \"loans\" 1200000000 EUR");
        }

        @Test
        void deliveredMedicine() {
            Article a = analyze("Turkey delivered 10 tonnes of medicine to Syria on Saturday.");
            assertEquals(1, a.commitments().size(), () -> explain(a));
            Commitment c = a.commitments().get(0);
            assertAll(() -> assertEquals("TUR", c.donor().code()),
                    () -> assertEquals("SYR", c.recipient().code()),
                    () -> assertEquals(AidType.HUMANITARIAN, c.aidType()),
                    () -> assertEquals(CommitmentStatus.DELIVERED, c.status()),
                    () -> assertTrue(c.what().endsWith("medicine"), c.what()),
                    () -> assertNull(c.amount(), "tonnes are no money"),
                    () -> assertEquals("2022-01-08", c.date()));
        }

        @Test
        void consideredWeapons() {
            assertCommitments("Poland is considering sending weapons to Ukraine.",
                    "MILITARY CONSIDERED POL -> UKR \"weapons\"");
        }

        @Test
        void notRuledOutWeaponsAreConsidered() {
            assertCommitments("Poland did not rule out sending weapons to Ukraine.",
                    "MILITARY CONSIDERED POL -> UKR \"weapons\"");
        }

        @Test
        void refusedLoans() {
            assertCommitments("Hungary refused to provide loans to Ukraine.",
                    "FINANCIAL REFUSED HUN -> UKR \"loans\"");
        }

        @Test
        void promisedMedicine() {
            assertCommitments("Germany said it would send medicine to Ukraine.",
                    "HUMANITARIAN PLEDGED DEU -> UKR \"medicine\"");
        }
    }

    /** Several actors on one side. */
    @Nested
    class SeveralActors {

        @Test
        void coordinatedSources() {
            assertEvents("Canada and Australia imposed sanctions on Myanmar.", "SANCTION asserted CAN,AUS -> MMR");
        }

        @Test
        void leadersStandForTheirCountries() {
            assertEvents("French President Marc Duval phoned Russian President Ivan Sokolov.",
                    "CONSULT asserted FRA -> RUS");
        }
    }

    /** Sentences with no political event: sport, weather, speech alone, entertainment, budgets. */
    @Nested
    class NoEvent {

        @Test
        void sportsResult() {
            assertNoEvents("Sweden beat Norway 3-1 in the ice hockey final on Sunday.");
        }

        @Test
        void sportsShot() {
            assertNoEvents("The Brazilian striker shot the ball past the Argentine goalkeeper in the second half.");
        }

        @Test
        void sportsComplaint() {
            assertNoEvents("The French coach protested against the referee's decision after the match.");
        }

        @Test
        void weather() {
            assertNoEvents("Storms hit the coast of Portugal on Saturday, cutting power to thousands of homes.");
        }

        @Test
        void sportsWin() {
            assertNoEvents("Spain won the European handball championship in Budapest on Sunday.");
        }

        @Test
        void flood() {
            assertNoEvents("Heavy rain flooded streets in Lisbon on Sunday, and the airport was closed for hours.");
        }

        @Test
        void saidAlone() {
            assertNoEvents("The Canadian prime minister said on Tuesday that the economy grew faster than expected.");
        }

        @Test
        void talkShow() {
            assertNoEvents("The Irish comedian Sean Kelly will host a new talk show on American television.");
        }

        @Test
        void talksAboutATelevisionSeries() {
            assertNoEvents("The Danish actress Mette Holm held talks with producers about a second season of her "
                    + "crime drama.");
        }

        @Test
        void meetingATarget() {
            assertNoEvents("Greece met its deficit target last year.");
        }
    }
}
