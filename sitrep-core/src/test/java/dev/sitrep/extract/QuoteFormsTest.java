package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.testing.Shared;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each quote form the extractor must handle, on short articles written for this test. Each assertion is the
 * compact rendering: kind, speaker, cue and the start of the quoted text.
 */
class QuoteFormsTest {

    private static List<String> quotes(String text) {
        Article a = Shared.analyze(text);
        return a.quotes().stream().map(Shared::render).toList();
    }

    @Test
    void straightQuoteWithAttributionAfter() {
        assertEquals(List.of("direct speaker=Ingrid Dahl cue=said \"The border will stay open,\""),
                quotes("Norwegian Trade Minister Ingrid Dahl visited the port on Monday.\n\n"
                        + "\"The border will stay open,\" Dahl said."));
    }

    @Test
    void curlyQuoteWithCueBeforeSpeaker() {
        assertEquals(List.of("direct speaker=Ingrid Dahl cue=said \"We will not accept new tariffs,\""),
                quotes("Norwegian Trade Minister Ingrid Dahl spoke in Oslo.\n\n"
                        + "\u201CWe will not accept new tariffs,\u201D said Ingrid Dahl."));
    }

    @Test
    void quoteAcrossParagraphsKeepsItsSpeaker() {
        List<String> q = quotes("Kenyan President Samuel Otieno addressed parliament on Tuesday.\n\n"
                + "\u201CWe have paid our debts on time for ten years,\u201D Otieno said. \u201CWe will keep doing so.\n\n"
                + "\u201CBut the lenders must also keep their word.\u201D");
        assertEquals(List.of(
                "direct speaker=Samuel Otieno cue=said \"We have paid our debts on time for ten y...\"",
                "direct speaker=Samuel Otieno cue=null \"We will keep doing so.\"",
                "direct speaker=Samuel Otieno cue=null \"But the lenders must also keep their wor...\""), q);
    }

    @Test
    void quoteInterruptedByItsAttribution() {
        List<String> q = quotes("Chilean Foreign Minister Rosa Fuentes met her Peruvian counterpart.\n\n"
                + "\"The talks were useful,\" she said, \"and we will meet again in March.\"");
        assertEquals(List.of("direct speaker=Rosa Fuentes cue=said \"The talks were useful,\"",
                "direct speaker=Rosa Fuentes cue=said \"and we will meet again in March.\""), q);
    }

    @Test
    void reportedSpeechWithThat() {
        List<String> q = quotes("Brazilian Finance Minister Paulo Lima said that the deficit would shrink next "
                + "year.");
        assertEquals(List.of("indirect speaker=Paulo Lima cue=said \"the deficit would shrink next year\""), q);
    }

    @Test
    void accordingToAPronoun() {
        List<String> q = quotes("Brazilian Finance Minister Paulo Lima spoke to reporters in Brasilia.\n\n"
                + "According to him, the central bank will cut rates in the spring.");
        assertEquals(List.of("indirect speaker=Paulo Lima cue=According to \"the central bank will cut rates in the s...\""),
                q);
    }

    @Test
    void speakerNamedByRole() {
        List<String> q = quotes("Egyptian Foreign Minister Karim Nasser flew to Amman on Sunday.\n\n"
                + "\"The ceasefire must hold,\" the foreign minister said.");
        assertEquals(List.of("direct speaker=Karim Nasser cue=said \"The ceasefire must hold,\""), q);
    }

    @Test
    void stateAndOrganisationSpeakers() {
        List<String> q = quotes("The Kremlin said that the exercises were routine.\n\n"
                + "NATO said the alliance would send more ships to the Baltic Sea.");
        assertEquals(List.of("indirect speaker=Russia cue=said \"the exercises were routine\"",
                "indirect speaker=NATO cue=said \"the alliance would send more ships to th...\""), q);
    }

    @Test
    void scareQuotesAreNotQuotes() {
        List<String> q = quotes("The ministry published its \"road map\" for the \"new era\" of trade on Friday, and "
                + "analysts studied the document over the weekend.");
        assertEquals(List.of(), q.stream().filter(s -> s.startsWith("direct")).toList());
    }

    @Test
    void titlesAfterTheWorkTheyNameAreNotQuotes() {
        List<String> q = quotes("The director spoke after a screening of her documentary, \"Saltwater,\" in "
                + "Tallinn. In his 2019 column, ''Farmers, listen to the river,'' the minister argued for the "
                + "canal. \"We will build it,\" he said.");
        assertEquals(List.of("direct speaker=null cue=said \"We will build it,\""),
                q.stream().filter(s -> s.startsWith("direct")).toList());
    }

    @Test
    void aTitleCreditedToItsAuthorIsNotAQuote() {
        List<String> q = quotes("READ MORE:\n\n\"Farmers count the cost of a dry summer,\" by Anna Berg of the "
                + "Valley Post.\n\n\"We lost half the harvest,\" one farmer said.");
        assertEquals(List.of("direct speaker=farmer cue=said \"We lost half the harvest,\""),
                q.stream().filter(s -> s.startsWith("direct")).toList());
    }

    @Test
    void speakersBehindRelativeClausesInvertedCuesAndSignatures() {
        List<String> q = quotes("The council met on Monday.\n\n\"A fair wage will take years,\" Valdez Ortega, who "
                + "works at a bakery in Lyon, told reporters.\n\nSaid Dora Lind, who grew up near the river, \"We "
                + "were all so proud of the bridge.\"\n\nContinued Lind: \"It is a very real problem.\"\n\n"
                + "\"I will look into it when the time comes.\"\n\n- Marta Kowal.\n");
        assertEquals(List.of("direct speaker=Valdez Ortega cue=told \"A fair wage will take years,\"",
                "direct speaker=Dora Lind cue=Said \"We were all so proud of the bridge.\"",
                "direct speaker=Dora Lind cue=Continued \"It is a very real problem.\"",
                "direct speaker=Marta Kowal cue=null \"I will look into it when the time comes.\""), q);
    }

    @Test
    void aTimeBetweenTheSpeakerAndTheCue() {
        List<String> q = quotes("Senator Tomas Berg spoke first.\n\nSenator Anna Lind on Thursday told Fox News: "
                + "\"Both men are meeting next week.\"");
        assertEquals(List.of("direct speaker=Anna Lind cue=told \"Both men are meeting next week.\""), q);
    }

    @Test
    void aNameInAppositionAfterADescribedSpeaker() {
        List<String> q = quotes("The court met on Monday.\n\n\"The case will wait until spring,\" said another "
                + "leading advocate, Andrew Pincus of the firm Mayer Brown.");
        assertEquals(List.of("direct speaker=Andrew Pincus cue=said \"The case will wait until spring,\""), q);
    }

    @Test
    void aQuoteThatEndsItsSentenceBelongsToTheCueBeforeIt() {
        List<String> q = quotes("Senator Lisa Madigan asserted that \"trust in the police has failed.\" Senator "
                + "Tomas Berg said on Wednesday that he agreed.");
        assertEquals("direct speaker=Lisa Madigan cue=asserted \"trust in the police has failed.\"", q.get(0));
    }

    @Test
    void inchMarksAreNotQuoteMarks() {
        List<String> q = quotes("The new centre is 7'1\" tall and weighs 250 pounds. He \"plays like a guard,\" "
                + "coach Mara Lind said on Monday, and the 12\" screen in the gym showed it.");
        assertEquals(List.of("direct speaker=Mara Lind cue=said \"plays like a guard,\""),
                q.stream().filter(s -> s.startsWith("direct")).toList());
    }

    @Test
    void describedSpeakersBecomeGroups() {
        Article a = Shared.analyze("Protesters gathered outside the parliament in Tbilisi on Saturday.\n\n"
                + "\"We want a vote,\" the protesters said.");
        Quote q = a.quotes().get(0);
        assertEquals("protesters", q.speakerName());
        assertEquals("GROUP", Shared.entity(a, "protesters").type().name());
    }

    @Test
    void roleWithDemonymIsThatCountrysOfficial() {
        List<String> q = quotes("Russian President Ivan Sokolov met Finnish President Aino Virtanen in Helsinki.\n\n"
                + "The Russian president said that the border talks would go on.");
        assertEquals(List.of("indirect speaker=Ivan Sokolov cue=said \"the border talks would go on\""), q);
    }

    @Test
    void titleThenNameInApposition() {
        Article a = Shared.analyze("Beijing will cut import duties on grain, the finance minister, Wang Lin, said on "
                + "Friday.\n\nPolish Trade Minister Ewa Nowak welcomed the move.");
        assertEquals(List.of("indirect speaker=Wang Lin cue=said \"Beijing will cut import duties on grain\""),
                a.quotes().stream().map(Shared::render).toList());
        assertEquals("Wang Lin PERSON [finance minister]", Shared.render(Shared.entity(a, "Wang Lin")));
    }

    @Test
    void accordingToAfterTheQuote() {
        assertEquals(List.of("direct speaker=Harbour Workers Union cue=according to \"We are ready to talk,\""),
                quotes("\"We are ready to talk,\" according to the Harbour Workers Union."));
    }

    @Test
    void aPartyTagAndACommaBeforeTheCue() {
        assertEquals(List.of("direct speaker=Elena Brandt cue=said \"We are going all the way to the capital.\""),
                quotes("On Tuesday in Norvale, after winning the county vote, Gov. Elena Brandt (D-NV), said, "
                        + "\"We are going all the way to the capital.\""));
    }

    @Test
    void asSomeonePutIt() {
        assertEquals(List.of("direct speaker=Peter Okafor cue=put \"Judges should remember that patience is ...\""),
                quotes("As Peter Okafor put it, \"Judges should remember that patience is cheap.\""));
    }

    @Test
    void aDescribedSpeakerEndsAtItsNoun() {
        List<String> q = quotes("\"It wasn't a convincing argument,\" said one Democrat familiar with the talks.");
        assertEquals(List.of("direct speaker=Democrat cue=said \"It wasn't a convincing argument,\""), q);
    }

    @Test
    void aPersonOfAnOrganisationSpeaksForHimself() {
        assertEquals(List.of("direct speaker=Dianne Vesto cue=said \"Voters are tired.\""),
                quotes("Dianne Vesto of Lindell University said: \"Voters are tired.\""));
        assertEquals(List.of("indirect speaker=Dianne Vesto cue=said \"the vote was close\""),
                quotes("Dianne Vesto of the Lindell Institute said the vote was close."));
    }

    @Test
    void aQuoteAfterASentenceWhoseSubjectSpeaks() {
        List<String> q = quotes("\"The bridge will open in May,\" Mayor Ana Ruiz said.\n\n"
                + "Councilman Joe Brandt disagreed. \"Nobody believes that date anymore.\"\n\n"
                + "Professor Dianne Vesto of Lindell University agreed. \"Voters are running out of patience.\"");
        assertEquals(List.of("direct speaker=Ana Ruiz cue=said \"The bridge will open in May,\"",
                "direct speaker=Joe Brandt cue=disagreed \"Nobody believes that date anymore.\"",
                "direct speaker=Dianne Vesto cue=agreed \"Voters are running out of patience.\""), q);
    }

    @Test
    void whomAParticipleTellsIsNoSpeaker() {
        List<String> q = quotes("\"This is a good plan,\" said Karen Holt, the mayor of Flint.\n\n"
                + "Holt did not seem impressed with the governor's visit on Tuesday, telling reporters, "
                + "\"A lot of people said he should step down.\"");
        assertEquals(List.of("direct speaker=Karen Holt cue=said \"This is a good plan,\"",
                "direct speaker=Karen Holt cue=telling \"A lot of people said he should step down...\""), q);
    }

    @Test
    void anObjectPronounIsNotItsClausesSubject() {
        List<String> q = quotes("Senator Claire Moss (D-Mo.) scolded him: \"The scientific community is against you,\" "
                + "she said.");
        assertEquals(List.of("direct speaker=Claire Moss cue=said \"The scientific community is against you,\""),
                q.stream().filter(x -> x.startsWith("direct")).toList());
        Article a = Shared.analyze("Anna Berg met Tom Lane on Monday and thanked him.");
        assertEquals(2, Shared.entity(a, "Tom Lane").mentions().size(), "him is Tom Lane");
        assertEquals(1, Shared.entity(a, "Anna Berg").mentions().size());
    }

    @Test
    void aLongRelativeClauseBeforeTheCue() {
        assertEquals(List.of("direct speaker=Rucker Holm cue=said \"The governor has been disrespecting our ...\""),
                quotes("Rucker Holm, who runs the mayor's get-out-the-vote effort for the families of military "
                        + "veterans, said, \"The governor has been disrespecting our veterans.\""));
    }

    @Test
    void aParticipleSharesTheSubjectPastAnAppositive() {
        assertEquals(List.of("direct speaker=Howard Dean cue=tweeting \"Notice him sniffing all the time.\""),
                quotes("Howard Dean, a former party chairman and presidential candidate, poked at the senator's "
                        + "sniffing during the debate, tweeting, \"Notice him sniffing all the time.\""));
    }

    @Test
    void anOpeningPhraseBeforeTheAttributionOfADirectQuoteIsNoIndirectQuote() {
        List<String> q = quotes("Asked about the taxes he has not paid, Tom Brack boasted, \"That makes me smart.\"");
        assertEquals(List.of("direct speaker=Tom Brack cue=boasted \"That makes me smart.\""),
                q.stream().filter(x -> !x.contains("cue=Asked")).toList());
    }

    @Test
    void aQuoteInsideASentenceBelongsToItsCueFurtherBack() {
        Article a = Shared.analyze("\"We are not done,\" Senator Rob Mendel said on Tuesday.\n\n"
                + "Senator Ben Corwin said on Tuesday that after a long review of the sanctions bill by his staff, "
                + "\"this in no way touches the deal.\"");
        List<Quote> corwin = a.quotes().stream().filter(q -> q.text().contains("touches the deal")).toList();
        assertEquals(false, corwin.isEmpty(), a.quotes().toString());
        corwin.forEach(q -> assertEquals("Ben Corwin", q.speakerName(), q.toString()));
    }

    @Test
    void aNameAndAColonBeforeTheQuote() {
        assertEquals(List.of("direct speaker=Trey Gowdy cue=null \"I have not heard anyone other than you s...\""),
                quotes("Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone other than you say that.\""));
        assertEquals(List.of("direct speaker=Roger Stone cue=Stated \"The stakes are so high that they will tr...\""),
                quotes("Roger Stone spoke on the radio on Monday.\n\nStated Stone:\n\n"
                        + "\"The stakes are so high that they will try anything.\""));
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        assertEquals(List.of("direct speaker=Dana Whitfield cue=null \"Last night, our city was attacked by a m...\""),
                quotes("Immediately after the attacks, Senator Dana Whitfield issued a statement, \"Last night, our "
                        + "city was attacked by a madman.\""));
    }

    @Test
    void namesInAppositionAfterTheQuote() {
        assertEquals(List.of("direct speaker=John McGraw cue=said \"He deserved it,\""),
                quotes("\"He deserved it,\" the assailant, John McGraw, said in an interview."));
        assertEquals(List.of("direct speaker=Ben Carson cue=said \"I'm not going to say it is a mistake,\""),
                quotes("\"I'm not going to say it is a mistake,\" said retired neurosurgeon Ben Carson, asked "
                        + "about his claims."));
    }

    @Test
    void aParticipleQualifyingAThingIsNoCue() {
        assertEquals(List.of("direct speaker=Jeff Weiner cue=put \"Imagine a world where we are no longer l...\""),
                quotes("As the company's chief executive, Jeff Weiner, put it in his memo to employees explaining "
                        + "the deal, \"Imagine a world where we are no longer limited.\""));
    }

    @Test
    void wordsQuotedAtTheEndOfAReportedClauseArePartOfIt() {
        Article a = Shared.analyze("Mayor Ana Ruiz said the museum would tell the stories of people often left out of "
                + "the history books -- \"the builders but also the cleaners, the owners but also the porters.\"");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        Quote q = a.quotes().get(0);
        assertEquals(false, q.direct());
        assertEquals("Ana Ruiz", q.speakerName());
        assertEquals(true, q.text().contains("the builders but also the cleaners"), q.text());
    }

    @Test
    void aQuoteRightAfterItsOwnCueStaysDirect() {
        List<String> q = quotes("When the senator noted that the company had paid no tax for years, Tom Brack "
                + "boasted, \"That makes me smart.\"");
        assertEquals(List.of("direct speaker=Tom Brack cue=boasted \"That makes me smart.\""),
                q.stream().filter(x -> x.startsWith("direct")).toList());
    }

    @Test
    void whoNamesSomethingWithTheQuotedWords() {
        List<String> q = quotes("FactWatch rated 32% of the senator's claims as \"false\" last year.");
        assertEquals(List.of("indirect speaker=FactWatch cue=rated \"false\""), q);
    }

    @Test
    void theSubjectChantsNotTheStreets() {
        assertEquals(List.of("direct speaker=protesters cue=chanted \"What curfew?\""),
                quotes("Protesters marching through the streets chanted \"What curfew?\" and kept going until "
                        + "2 a.m."));
    }

    @Test
    void itAndTheySpeakForTheOrganisationOrGroupBefore() {
        List<String> q = quotes("The Harbour Trust rejected the plan on Monday. It said the port could not pay for a "
                + "new crane.\n\nLocal farmers blocked the road for two days. They said the new tax would ruin them.");
        assertEquals(List.of("indirect speaker=Harbour Trust cue=said \"the port could not pay for a new crane\"",
                "indirect speaker=local farmers cue=said \"the new tax would ruin them\""),
                q.stream().filter(x -> x.contains("cue=said")).toList());
    }

    @Test
    void thePeopleCountedSpeak() {
        assertEquals(List.of("indirect speaker=majority of voters in the county cue=said \"the economy was their main "
                + "concern\""), quotes("A majority of voters in the county said the economy was their main concern."));
        assertEquals(List.of("indirect speaker=number of attendees cue=said \"they supported him\""),
                quotes("Even so, a number of attendees said they supported him."));
    }

    @Test
    void aGivenNameTellsWhoSheIs() {
        assertEquals(List.of("direct speaker=Maria Lopez cue=said \"We have a deal,\""),
                quotes("Governor Tom Lane met Senator Maria Lopez in Lindell on Monday. \"We have a deal,\" she "
                        + "said."));
    }

    @Test
    void aQuoteOfTheOtherKindNestsInsideAnOpenQuote() {
        Article a = Shared.analyze("Senator Dana Whitfield answered on the radio.\n\n"
                + "\"WHITFIELD: Well, look, my rival thinks this is an episode of \u201CThe Apprentice.\u201D But this "
                + "is serious business, and the voters know it.\n\n\"HOST: Thank you, Senator.");
        Quote first = a.quotes().get(0);
        assertEquals(true, first.direct());
        assertEquals(true, first.text().startsWith("Well, look, my rival thinks"), first.text());
        assertEquals(true, first.text().endsWith("the voters know it."), first.text());
        assertEquals("Dana Whitfield", first.speakerName());
    }

    @Test
    void aQuoteSetOffByDashesStandsOnItsOwn() {
        List<String> q = quotes("A chorus of senators has said the same thing, including the former governor Mitt "
                + "Ramsey -- \"It is disqualifying for a nominee to hide his tax returns\" -- and two former "
                + "commissioners.");
        assertEquals(List.of("direct speaker=Mitt Ramsey cue=null \"It is disqualifying for a nominee to hid...\""),
                q.stream().filter(x -> x.startsWith("direct")).toList());
    }

    @Test
    void aQuoteEndingAReportedClauseIsPartOfIt() {
        assertEquals(List.of("indirect speaker=Ben Corwin cue=said \"whatever choice voters make in the fall,...\""),
                quotes("Senator Ben Corwin said that whatever choice voters make in the fall, \"they should not "
                        + "make it on the basis of fear.\""));
        assertEquals(List.of("indirect speaker=Lena Park cue=says \"if elected president \"I will work very c...\""),
                quotes("Governor Lena Park says if elected president \"I will work very closely with leaders in "
                        + "Congress.\""));
    }

    @Test
    void aQuoteAfterTheWritersWordsWithItsCueAfterIsOneReportedSentence() {
        assertEquals(List.of("indirect speaker=Jeh Ramos cue=said \"With thousands of vote counting systems,...\""),
                quotes("Homeland Security Secretary Jeh Ramos spoke on Monday. With thousands of vote counting "
                        + "systems, \"there is no single point of failure,\" he said."));
    }

    @Test
    void wordsQuotedAfterAsAreTheWritersDescription() {
        assertEquals(List.of("indirect speaker=Bill Okafor cue=described \"the blast as \"an intentional act.\"\""),
                quotes("Mayor Bill Okafor described the blast as \"an intentional act.\""));
        assertEquals(List.of("direct speaker=Bill Okafor cue=described \"making sure that every family on the hil...\""),
                quotes("Mayor Bill Okafor described his plan as \"making sure that every family on the hill has clean "
                        + "water by the spring.\"").stream().filter(x -> x.startsWith("direct")).toList());
    }

    @Test
    void shootingBackAnswers() {
        List<String> q = quotes("\"Look at all these supporters here,\" Sandra Paradis said.\n\n\"They are all here "
                + "because he promises them free stuff,\" Jim Bennett shot back with a laugh.\n\n"
                + "Senator Hillary Moss fired back, \"I chose to fulfil my duty.\"");
        assertEquals(List.of("direct speaker=Sandra Paradis cue=said \"Look at all these supporters here,\"",
                "direct speaker=Jim Bennett cue=shot \"They are all here because he promises th...\"",
                "direct speaker=Hillary Moss cue=fired \"I chose to fulfil my duty.\""), q);
    }

    @Test
    void aQuoteThatEndsItsParagraphTakesNoCueFromTheNextLine() {
        List<String> q = quotes("Senator Ted Crane and Governor Chris Lind spoke in Concord.\n\"This is a disease,\" "
                + "Lind said. \"It is not a moral failing. It is a disease, and we need to give people treatment. "
                + "And let me tell you why -- because I am pro-life.\"\nNeither Crane nor Lind acknowledged the "
                + "administration's efforts to combat the epidemic.");
        assertEquals(List.of("direct speaker=Chris Lind cue=said \"This is a disease,\"",
                "direct speaker=Chris Lind cue=null \"It is not a moral failing. It is a disea...\""),
                q.stream().filter(x -> x.startsWith("direct")).toList());
    }

    @Test
    void aQuoteAfterAThoughtInsideAReportedClauseIsPartOfIt() {
        assertEquals(List.of("indirect speaker=Maria Olsen cue=conceded \"there are still \"a few voters\" who feel ...\""),
                quotes("Senator Maria Olsen conceded that there are still \"a few voters\" who feel that way, \"but "
                        + "certainly not most of them.\""));
    }

    @Test
    void aFewQuotedWordsAfterThatAreReportedSpeech() {
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=told \"\"I am fine.\"\""),
                quotes("Senator Ana Ruiz told reporters that \"I am fine.\""));
        assertEquals(List.of("direct speaker=Ana Ruiz cue=told \"the bill is dead and nobody in this buil...\""),
                quotes("Senator Ana Ruiz told reporters that \"the bill is dead and nobody in this building will "
                        + "bring it back.\""));
    }

    @Test
    void wordsMouthedOrChantedAreQuotes() {
        assertEquals(List.of("direct speaker=Lena Park cue=mouthing \"thank you\""),
                quotes("Senator Lena Park left the stage mouthing \"thank you\" to the front rows."));
    }

    @Test
    void accordingToInsideQuoteMarksIsTheSpeakersOwnAttribution() {
        assertEquals(List.of("direct speaker=null cue=wrote \"kept no records of the grants, according...\""),
                quotes("The auditors wrote that the agency \"kept no records of the grants, according to its own "
                        + "director, Maria Olsen.\""));
    }

    @Test
    void aProgressiveCueBeforeTheQuote() {
        assertEquals(List.of("direct speaker=Lena Park cue=telling \"I need you tomorrow.\""),
                quotes("Governor Lena Park is telling voters at a diner in Reno that \"I need you tomorrow.\""));
    }

    @Test
    void eachNameAndColonLabelsItsOwnQuote() {
        assertEquals(List.of("direct speaker=Ana Ruiz cue=null \"Our goal is to win the state.\"",
                "direct speaker=Jeb Berg cue=null \"The mission is to win the country.\""),
                quotes("Jeb Berg and Ana Ruiz reject the plan.\n\nRuiz: \"Our goal is to win the state.\" Berg: \"The "
                        + "mission is to win the country.\""));
    }

    @Test
    void goingOnSpeaks() {
        assertEquals(List.of("direct speaker=Tom Berg cue=went \"You know, it happens, right?\""),
                quotes("Senator Ana Ruiz spoke first. \"You know, it happens, right?\" Governor Tom Berg went on, "
                        + "smiling."));
    }

    @Test
    void aReportedClauseInQuoteMarksIsADirectQuote() {
        assertEquals(List.of("direct speaker=Tom Berg cue=said \"Park \"understood she needed a real plan ...\""),
                quotes("Tom Berg, a former adviser to the governor who ran her first campaign in the northern "
                        + "counties, said Park \"understood she needed a real plan for the farms.\""));
    }

    @Test
    void aQuoteWithItsOwnCueInsideAReportedClauseStays() {
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=said \"she respects Jeb Berg and calls her \"a t...\"",
                "indirect speaker=Ana Ruiz cue=respects \"Jeb Berg and calls her \"a tireless publi...\"",
                "direct speaker=Ana Ruiz cue=calls \"a tireless public servant.\""),
                quotes("Mayor Ana Ruiz said she respects Jeb Berg and calls her \"a tireless public servant.\""));
    }

    @Test
    void aDescriptionAfterAsThatIsMostlyQuotationIsADirectQuote() {
        assertEquals(List.of("direct speaker=Ana Ruiz cue=described \"Berg as \u201Ca lifetime insider\u201D who \u201Chas ne...\""),
                quotes("In contrast, Mayor Ana Ruiz described Berg as \u201Ca lifetime insider\u201D who \u201Chas never "
                        + "held a real job.\u201D"));
    }

    @Test
    void whatIsDescribedBelongsToTheDescription() {
        assertEquals(List.of("indirect speaker=audit cue=lists \"the program as \u201Ctroubled.\u201D\""),
                quotes("The audit lists the program as \u201Ctroubled.\u201D"));
        // once, and without hiding the reported clause around it
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=criticized \"Berg, describing his budget as \u201Ca gift t...\"",
                "indirect speaker=Ana Ruiz cue=describing \"his budget as \u201Ca gift to the banks.\u201D\""),
                quotes("Mayor Ana Ruiz criticized Berg, describing his budget as \u201Ca gift to the banks.\u201D"));
    }

    @Test
    void aNoBreakSpaceBeforeTheQuoteMarkIsASpace() {
        assertEquals(List.of("indirect speaker=audit cue=lists \"the program as\u00A0\u201Ctroubled.\u201D\""),
                quotes("The audit lists the program as\u00A0\u201Ctroubled.\u201D"));
    }

    @Test
    void aThingCalledByANameIsNoQuote() {
        assertEquals(List.of(), quotes("Mayor Ana Ruiz hired a group called \u201Cthe best of the river people.\u201D"));
        assertEquals(List.of(), quotes("The audit relied on so-called \u201Cdark money\u201D reports."));
        assertEquals(List.of("direct speaker=Ana Ruiz cue=called \"a tireless servant of this town.\""),
                quotes("Mayor Ana Ruiz called Berg \u201Ca tireless servant of this town.\u201D"));
    }

    @Test
    void wordsSomethingIsLikenedToAreAQuoteOfWhoeverLikenedIt() {
        // the name between commas is the subject, not an appositive opening after it
        assertEquals(List.of("direct speaker=Dana Holt cue=likened \"tearing up the charter\""),
                quotes("Another critic, Professor Dana Holt, likened the new rules to \"tearing up the charter\" - a "
                        + "charge that stung."));
    }

    @Test
    void aQuoteThatIsTheObjectOfAStanceVerbIsItsSubjects() {
        assertEquals(List.of("direct speaker=Ana Ruiz cue=attacked \"the cynical politics of fear and the wea...\""),
                quotes("In a speech, Mayor Ana Ruiz attacked \u201Cthe cynical politics of fear and the wealthy men "
                        + "who profit from it every single day.\u201D"));
    }

    @Test
    void whatAReportedSpeakerThinksOrCallsSomethingIsPartOfTheReport() {
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=says \"the city needs teachers\"",
                "indirect speaker=Ana Ruiz cue=said \"Governor Tomas Berg favors a \u201Cstrongman ...\""),
                quotes("Mayor Ana Ruiz says the city needs teachers. She said Governor Tomas Berg favors a "
                        + "\u201Cstrongman approach.\u201D"));
        assertEquals(List.of("indirect speaker=Ana Ruiz cue=says \"she admired the crew for what she calls ...\"",
                "indirect speaker=Ana Ruiz cue=admired \"the crew for what she calls a \u201Cwar of ve...\""),
                quotes("Mayor Ana Ruiz says she admired the crew for what she calls a \u201Cwar of very unpleasant "
                        + "words.\u201D"));
        // said on its own, what someone calls something is a quotation
        assertEquals(List.of("direct speaker=Ana Ruiz cue=calls \"a war of very unpleasant words.\""),
                quotes("The crew survived what Mayor Ana Ruiz calls \u201Ca war of very unpleasant words.\u201D"));
    }

    @Test
    void aReportedClauseGoesOnToTheEndOfTheQuoteItRunsInto() {
        List<Quote> q = Shared.analyze("Mayor Ana Ruiz added that most voters seem tired, which is a problem "
                + "because, \u201CIn the end, people do not vote against somebody. They vote for "
                + "somebody.\u201D").quotes();
        assertEquals(1, q.size());
        assertEquals("most voters seem tired, which is a problem because, \u201CIn the end, people do not vote "
                + "against somebody. They vote for somebody.", q.get(0).text());
        assertFalse(q.get(0).direct());
    }

    @Test
    void aSitesFollowLineInQuoteMarksIsNoQuote() {
        assertEquals(List.of("direct speaker=Dana Holt cue=said \"We will win this.\""),
                quotes("\"We will win this.\" Mayor Dana Holt said.\n\n\"Follow Tom Berg on Twitter @tberg.\""));
        assertEquals(List.of("direct speaker=Dana Holt cue=said \"Follow me on Twitter, everyone.\""),
                quotes("Mayor Dana Holt said, \"Follow me on Twitter, everyone.\""));
    }

    @Test
    void beamingAndFumingAreSpeaking() {
        assertEquals(List.of("direct speaker=Dana Holt cue=beamed \"This is fantastic!\""),
                quotes("\u201CThis is fantastic!\u201D beamed Dana Holt, a delegate from Tulsa."));
        assertEquals(List.of("direct speaker=Ana Ruiz cue=fumed \"This is a disgrace,\""),
                quotes("\u201CThis is a disgrace,\u201D Mayor Ana Ruiz fumed."));
    }
}
