package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.testing.Shared;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported speech as {@link IndirectQuotes} reads it, one pattern per test, on sentences written for the test.
 * Each expectation is {@code Shared.render(quote)} (speaker, cue, the first 40 characters of the content) and,
 * where it matters, the whole content.
 */
class IndirectQuotesTest {

    /** The indirect quotes of {@code text}, rendered. */
    private static List<String> indirect(String text) {
        return quotes(text).stream().map(Shared::render).toList();
    }

    private static List<Quote> quotes(String text) {
        Article a = Shared.analyze(text);
        return a.quotes().stream().filter(q -> !q.direct()).toList();
    }

    /** The content of the only indirect quote of {@code text}. */
    private static String content(String text) {
        List<Quote> q = quotes(text);
        assertEquals(1, q.size(), q.toString());
        return q.get(0).text();
    }

    /** The content of the indirect quote of {@code text} whose cue is {@code cue}. */
    private static String contentOf(String text, String cue) {
        List<Quote> q = quotes(text).stream().filter(x -> cue.equals(x.cue())).toList();
        assertEquals(1, q.size(), quotes(text).toString());
        return q.get(0).text();
    }

    @Test
    void speakerSaidThatClause() {
        String text = "Defence Minister Lars Holm said that the army would stay in the north until spring.";
        assertEquals(List.of("indirect speaker=Lars Holm cue=said \"the army would stay in the north until s...\""),
                indirect(text));
        assertEquals("the army would stay in the north until spring", content(text));
    }

    @Test
    void toldAnAddresseeAndATimeBeforeTheClause() {
        assertEquals(List.of("indirect speaker=Anna Berg cue=told \"the bridge would reopen in May\""),
                indirect("Mayor Anna Berg told reporters on Monday the bridge would reopen in May."));
    }

    @Test
    void anInfinitiveInQuoteMarksAfterTheAddresseeAndAPlace() {
        // before a quote mark the tagger reads "to" as a preposition
        // what is told in quote marks is a quotation without whom it was told to
        assertEquals(List.of("direct speaker=Ana Ruiz cue=told \"to \u201Cgo home and rest.\u201D\""),
                all("Mayor Ana Ruiz told the crowd to \u201Cgo home and rest.\u201D"));
        assertEquals(List.of("direct speaker=Ana Ruiz cue=tells \"to \u201Ccount every single ballot in the cou...\""),
                all("Mayor Ana Ruiz tells her staff at a Denver meeting to \u201Ccount every single ballot in the "
                        + "county\u201D and then \u201Cgo home and rest.\u201D"));
        assertEquals("her supporters at a rally in Ohio to vote early",
                content("Mayor Ana Ruiz tells her supporters at a rally in Ohio to vote early."));
    }

    @Test
    void aNameInQuoteMarksEndsWhereTheSubjectGoesOnToAnotherVerb() {
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=criticized \"the plan, calling it \u201Creckless and ruino...\"",
                "direct speaker=Ana Ruiz cue=calling \"reckless and ruinous\"",
                "indirect speaker=Ana Ruiz cue=saying \"the city cannot afford it\""),
                all("Mayor Ana Ruiz criticized the plan, calling it \u201Creckless and ruinous\u201D and saying the city "
                        + "cannot afford it."));
        // what the speaker calls something is the object, not the name given to one
        assertEquals("the \u201CTulsa cartel\u201D and its friends",
                contentOf("Ruiz railed against what she calls the \u201CTulsa cartel\u201D and its friends.", "calls"));
    }

    @Test
    void aParticipleAfterAQuotedCommaSharesTheSubject() {
        assertEquals("it of building a wall of ships in the north",
                contentOf("Admiral Lena Park called Norway ''reckless and aggressive,'' accusing it of building a wall "
                        + "of ships in the north.", "accusing"));
    }

    @Test
    void anAsClauseAttributesTheClauseAfterIt() {
        assertEquals(List.of("indirect speaker=Lena Park cue=said \"the city is running out of road\""),
                indirect("As Mayor Lena Park said on Monday, the city is running out of road."));
        assertEquals(List.of("indirect speaker=Lena Park cue=put it \"the city is running out of road\""),
                indirect("As Mayor Lena Park put it in a letter to the council in May, the city is running out of "
                        + "road."));
        // what comes after "and" was not what the paper reported
        assertEquals(List.of(), indirect("The vote was close, as the Tulsa Ledger reported on Tuesday, and the mayor "
                + "lost."));
        assertEquals(List.of(), indirect("As the meeting went on, the crowd grew restless."));
        // the clause may open with a phrase; a quote inside it is part of it
        assertEquals(List.of("indirect speaker=Lena Park cue=observed \"in the early days of a new council -- wh...\""),
                all("Yet, as Mayor Lena Park observed, in the early days of a new council -- when nobody worries "
                        + "about the next vote -- \"what would you cut first?\""));
    }

    @Test
    void anAbbreviatedTitleTellsWhomADescriptionMeans() {
        // "the governor" is Gov. Park, not the person named last
        assertEquals(List.of("indirect speaker=Lena Park cue=said \"The bridge would reopen in May\""),
                indirect("Gov. Lena Park met Senator Tom Berg on Monday. The bridge would reopen in May, the "
                        + "governor said."));
    }

    @Test
    void aParticipleBelongsToTheSubjectOfItsOwnCoordinatedClause() {
        assertEquals("Lena Park", quotes("Gov. Lena Park met Senator Tom Berg on Monday. Berg attacked Park on "
                + "Saturday, and the governor tripped him up, calling him a friend of the banks.").stream()
                .filter(q -> "calling".equals(q.cue())).findFirst().orElseThrow().speakerName());
    }

    @Test
    void theSubjectSpeaksPastAPrepositionalPhraseBeforeTheVerb() {
        assertEquals(List.of("indirect speaker=Tom Berg cue=said \"the workers were to blame\""),
                indirect("Tom Berg in a televised interview said the workers were to blame."));
        assertEquals(List.of("indirect speaker=Ledger poll cue=found \"Ruiz with an eight-point lead\""),
                indirect("A Ledger poll in May found Ruiz with an eight-point lead."));
        // but not the object of a preposition: the plan speaks, not Ruiz
        assertEquals(List.of(), indirect("The plan by Ruiz in May said nothing about taxes."));
    }

    @Test
    void aQuotedTitleInTheAddresseeDoesNotHideThat() {
        assertEquals(List.of("indirect speaker=Tom Berg cue=told \"nobody would question her record\""),
                indirect("Heading into the debate, Senator Tom Berg told WXYZ's \"Morning Show\" that nobody would "
                        + "question her record."));
    }

    @Test
    void recordsAndDataSpeakAsWorks() {
        assertEquals(List.of("indirect speaker=County land records cue=indicate \"a company owned by Tom Berg bought the s...\""),
                indirect("County land records indicate that a company owned by Tom Berg bought the site in 2011."));
    }

    @Test
    void whoeverTakesToAPlatformSpeaksThroughIt() {
        assertEquals(List.of("indirect speaker=Tom Berg cue=say \"the Ruiz campaign was lying\""),
                indirect("Senator Tom Berg took to Twitter to say that the Ruiz campaign was lying."));
    }

    @Test
    void aShareOfPeopleSpeaksForThem() {
        assertEquals(List.of("indirect speaker=twelve percent cue=indicated \"they were not sure\""),
                indirect("Twelve percent indicated that they were not sure."));
    }

    @Test
    void accordingToBeforeAndAfter() {
        assertEquals(List.of("indirect speaker=Pekka Virta cue=According to \"the talks will resume next week\""),
                indirect("According to Foreign Minister Pekka Virta, the talks will resume next week."));
        assertEquals(List.of("indirect speaker=Pekka Virta cue=according to \"The talks will resume next week\""),
                indirect("The talks will resume next week, according to Foreign Minister Pekka Virta."));
    }

    @Test
    void clauseThenSpeakerSaid() {
        assertEquals(List.of("indirect speaker=Anna Berg cue=said \"The bridge will reopen in May\""),
                indirect("The bridge will reopen in May, Mayor Anna Berg said on Monday."));
    }

    @Test
    void wordsInQuoteMarksAreTheObjectOfAVerbAndParticle() {
        assertEquals(List.of(
                "indirect speaker=Tomas Berg cue=talked about \"\u201Chow the system is rigged\u201D for an hour\""),
                all("Mayor Tomas Berg talked about \u201Chow the system is rigged\u201D for an hour."));
        // all in quote marks, it is a direct quote, without the marks
        assertEquals(List.of("direct speaker=Tomas Berg cue=called for \"a total and complete shutdown.\""),
                all("Mayor Tomas Berg called for \u201Ca total and complete shutdown.\u201D"));
        assertEquals(List.of("direct speaker=Tomas Berg cue=called for \"a total and complete shutdown\""),
                all("Mayor Tomas Berg called for ''a total and complete shutdown.''"));
        // what language calls for is no one's words
        assertEquals(List.of(), all("His aides replaced the plank with softer language calling for \u201Cappropriate "
                + "assistance.\u201D"));
    }

    @Test
    void theSubjectSpeaksPastATimeBeforeItsFirstVerb() {
        assertEquals(List.of("indirect speaker=Oslo city council cue=pledged \"to cut spending\""),
                indirect("The Oslo city council on Friday made a strong protest against the budget and pledged to "
                        + "cut spending."));
    }

    @Test
    void aParticipleAfterTheTrailingAttributionGoesOnWithIt() {
        assertEquals(List.of("indirect speaker=Anna Berg cue=said \"The bridge will reopen in May\"",
                "indirect speaker=Anna Berg cue=citing \"the new steel order\""),
                indirect("The bridge will reopen in May, Mayor Anna Berg said on Monday, citing the new steel "
                        + "order."));
        // a quote inside the clause is part of it
        assertEquals(List.of("indirect speaker=Anna Berg cue=said \"The town \"has changed a great deal\"",
                "indirect speaker=Anna Berg cue=citing \"the new parks\""),
                all("Mayor Anna Berg opened the park. The town \"has changed a great deal,\" Berg said in June, "
                        + "citing the new parks."));
    }

    @Test
    void doubledApostrophesAreQuoteMarksAndTheSpeakerFollows() {
        assertEquals(List.of("direct speaker=Karlsson cue=said \"We cannot afford another delay,\""),
                all("The city council met on Tuesday. ''We cannot afford another delay,'' Mr. Karlsson said."));
    }

    @Test
    void participleAfterATrailingAttributionSharesItsSpeaker() {
        assertEquals(List.of("direct speaker=Karlsson cue=said \"We will find the money,\"",
                "indirect speaker=Karlsson cue=adding \"taxes would not rise\""),
                all("The budget is tight. ''We will find the money,'' Mr. Karlsson said, adding that taxes "
                        + "would not rise."));
    }

    @Test
    void wordsQuotedAfterThatAreReportedWithTheirClause() {
        String text = "Minister Ilse Dahl said she wanted to speak plainly to farmers and let them know that "
                + "\"this is not the end of the subsidy.\"";
        assertEquals(List.of("indirect speaker=Ilse Dahl cue=said \"she wanted to speak plainly to farmers a...\""),
                all(text));
        assertEquals("she wanted to speak plainly to farmers and let them know that \"this is not the end of the "
                + "subsidy.\"", content(text));
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        assertEquals(List.of("indirect speaker=Lars Holm cue=saying \"the ruling was a victory for the farmers\""),
                indirect("On Saturday, Senator Lars Holm issued a statement saying that the ruling was a victory "
                        + "for the farmers."));
        assertEquals(List.of("indirect speaker=Anna Berg cue=said \"the bridge would reopen in May\""),
                indirect("Mayor Anna Berg released a video that said the bridge would reopen in May."));
    }

    @Test
    void answeringAndSpeculatingReportSpeech() {
        assertEquals(List.of("direct speaker=Lars Holm cue=answered \"We will find a fair system,\""),
                all("Senator Lars Holm spoke on Monday. \"We will find a fair system,\" Holm answered."));
        assertEquals(List.of("indirect speaker=Anna Berg cue=speculated \"the men belonged to a larger group\""),
                indirect("Mayor Anna Berg speculated that the men belonged to a larger group."));
    }

    private static List<String> all(String text) {
        return Shared.analyze(text).quotes().stream().map(Shared::render).toList();
    }

    @Test
    void stanceVerbWithANounPhraseObject() {
        String text = "Mayor Anna Berg criticized the new parking rules in a radio interview.";
        assertEquals(List.of(
                "indirect speaker=Anna Berg cue=criticized \"the new parking rules in a radio intervi...\""),
                indirect(text));
        assertEquals("the new parking rules in a radio interview", content(text));
    }

    @Test
    void intentionWithAnInfinitive() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=vowed \"to block the pipeline bill\""),
                indirect("Senator Maria Lopez vowed to block the pipeline bill."));
    }

    @Test
    void verbAndParticle() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=called for \"a ban on fracking near schools\""),
                indirect("Senator Maria Lopez called for a ban on fracking near schools."));
    }

    @Test
    void participleSharesTheSubjectOfTheSentence() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=saying \"the pipeline would create jobs\""),
                indirect("Senator Maria Lopez visited the refinery on Friday, saying the pipeline would create "
                        + "jobs."));
    }

    @Test
    void coordinatedCueSharesTheSubject() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=promised \"to protect their pensions\""),
                indirect("Senator Maria Lopez met the miners and promised to protect their pensions."));
    }

    @Test
    void relativePronounStandsForTheSpeaker() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=argued \"it would raise taxes\""),
                indirect("The plan was rejected by Senator Maria Lopez, who argued that it would raise taxes."));
    }

    @Test
    void attributionBetweenCommasCoversItsSentence() {
        String text = "The economy, Finance Minister Olaf Brandt said, will grow by two percent next year.";
        assertEquals(List.of("indirect speaker=Olaf Brandt cue=said \"The economy, Finance Minister Olaf Brand...\""),
                indirect(text));
        assertEquals(text.substring(0, text.length() - 1), content(text));
    }

    @Test
    void regardVerbWithItsObject() {
        assertEquals(List.of("indirect speaker=Tom Reyes cue=sees \"the new law as a threat to farmers\""),
                indirect("Governor Tom Reyes sees the new law as a threat to farmers."));
    }

    @Test
    void indirectQuestion() {
        assertEquals(List.of("indirect speaker=Olaf Brandt cue=asked \"whether the banks had enough capital\""),
                indirect("Finance Minister Olaf Brandt asked whether the banks had enough capital."));
    }

    @Test
    void questionPutToSomeoneHasNoSpeaker() {
        assertEquals(List.of("indirect speaker=null cue=Asked \"about the strike\""),
                indirect("Asked about the strike, Lopez declined to comment."));
    }

    @Test
    void namedSpeakerColonHeadline() {
        assertEquals(List.of("indirect speaker=Maria Lopez cue=: \"Pipeline Will Create Thousands of Jobs\""),
                indirect("Senator Maria Lopez spoke in Denver.\n\nLopez: Pipeline Will Create Thousands of Jobs"));
    }

    @Test
    void noReportedSpeech() {
        assertEquals(List.of(), indirect("The storm destroyed hundreds of homes along the coast."));
    }

    @Test
    void namingParticipleIsNoCue() {
        assertEquals(List.of(), indirect("A charity called Clean Rivers planted trees along the river."));
    }

    @Test
    void raisingMoneyIsNoCue() {
        assertEquals(List.of(), indirect("The mayor raised two million dollars last year."));
    }

    @Test
    void anAddresseeAloneIsNoContent() {
        assertEquals(List.of(), indirect("Lopez told reporters."));
    }

    @Test
    void relativeClauseObjectIsNoContent() {
        assertEquals(List.of(), indirect("The emissions target it pledged to reach was missed."));
    }

    @Test
    void findingOneselfIsNoFinding() {
        assertEquals(List.of(), indirect("They found themselves in trouble after the storm."));
    }

    @Test
    void aContentEndsWhereACoordinatedClauseBringsTheNextSpeaker() {
        List<Quote> q = quotes("Senator Marco Ruiz has talked about embedding advisers with soldiers on the front "
                + "lines, and Senator Hillary Moss said she would consider sending more of them.");
        Quote ruiz = q.stream().filter(x -> "Marco Ruiz".equals(x.speakerName())).findFirst().orElseThrow();
        assertEquals("embedding advisers with soldiers on the front lines", ruiz.text());
        Quote moss = q.stream().filter(x -> "Hillary Moss".equals(x.speakerName())).findFirst().orElseThrow();
        assertEquals("she would consider sending more of them", moss.text());
    }

    @Test
    void aSubordinateClausesContentEndsBeforeTheMainClausesSpeaker() {
        List<Quote> q = quotes("While the director Jim Comey has said that he regularly makes recommendations on "
                + "cases, Corey Lewan said he does not make them publicly.");
        assertEquals(List.of("Jim Comey: he regularly makes recommendations on cases",
                "Corey Lewan: he does not make them publicly"),
                q.stream().map(x -> x.speakerName() + ": " + x.text()).toList());
    }

    @Test
    void anAddresseeWithAParticipleBeforeThat() {
        assertEquals("she wants a budget that puts schools first", content("Governor Lena Park told an invited "
                + "crowd at the Union League club that she wants a budget that puts schools first."));
    }

    @Test
    void theSubjectSpeaksPastAnAsideThatEndsInAPlace() {
        assertEquals(List.of("indirect speaker=Lena Park cue=said \"the budget would be cut by half\""),
                indirect("Governor Lena Park, during a town hall meeting in Reno, Nevada, said the budget would be "
                        + "cut by half."));
    }

    @Test
    void theSubjectSpeaksThroughAnInfinitive() {
        assertEquals(List.of("indirect speaker=Lena Park cue=add \"the budget would not include new taxes\""),
                indirect("Governor Lena Park was quick to add that the budget would not include new taxes."));
        assertEquals(List.of("indirect speaker=Lena Park cue=say \"the budget would not include new taxes\""),
                indirect("Governor Lena Park went on to say that the budget would not include new taxes."));
        assertEquals(List.of("indirect speaker=Lena Park cue=urged \"Congress to pass the budget before the s...\""),
                indirect("Governor Lena Park urged Congress to pass the budget before the summer recess."));
    }

    @Test
    void aContentEndsAtAndBeforeTheNextSpeakerAndCue() {
        List<Quote> q = quotes("Senator Ana Ruiz said the bill would pass and Governor Tom Berg said it would fail.");
        assertEquals(List.of("Ana Ruiz: the bill would pass", "Tom Berg: it would fail"),
                q.stream().map(x -> x.speakerName() + ": " + x.text()).toList());
    }
}
