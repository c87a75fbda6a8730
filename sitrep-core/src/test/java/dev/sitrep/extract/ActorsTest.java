package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.model.Entity;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Sector;
import dev.sitrep.testing.Canned;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor resolution on hand-built tokens, without the tagger: titles and owners read from the text, a state's
 * bodies and groups named by nouns, and what the knowledge base adds by the article's date. Each assertion renders
 * an entity as {@code name TYPE [titles] aff= country= sector= origins}.
 */
class ActorsTest {

    private static final Extractor EXTRACTOR = new Extractor(Gazetteer.load());
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 10);

    private static String render(Entity e) {
        return e.name() + " " + e.type() + " " + e.titles() + " aff=" + e.affiliation() + " country=" + e.country()
                + " sector=" + e.sector() + (e.origins().isEmpty() ? "" : " " + e.origins());
    }

    private static String entity(LocalDate day, String name, String... sentences) {
        List<Entity> all = EXTRACTOR.extract(Canned.doc(sentences), day).entities();
        return all.stream().filter(e -> e.name().equals(name)).findFirst().map(ActorsTest::render)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + all.stream().map(Entity::name).toList()));
    }

    @Test
    void aTitleWithItsComplementAndAnOwnerBeforeIt() {
        assertEquals("Marta Holm PERSON [Secretary of State] aff=USA country=USA sector=GOV",
                entity(JAN_2022, "Marta Holm",
                        "US/NNP Secretary/NNP of/IN State/NNP Marta/NNP/PERSON Holm/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void aPortfolioTheListsDoNotHoldIsPartOfTheTitle() {
        assertEquals("Ingrid Solvang PERSON [Fisheries Minister] aff=NOR country=NOR sector=GOV",
                entity(null, "Ingrid Solvang", "Norwegian/JJ/MISC Fisheries/NNPS Minister/NNP Ingrid/NNP/PERSON "
                        + "Solvang/NNP/PERSON visited/VBD Tromso/NNP/LOCATION ./."));
    }

    @Test
    void whatAnEarlierArticleSaidFillsWhatTheTextAndKnowledgeBaseLeaveOut() {
        dev.sitrep.kb.ActorMemory memory = (name, day) -> name.equals("Ingrid Solvang")
                ? java.util.Optional.of(new dev.sitrep.kb.ActorMemory.Recalled("Fisheries Minister", "NOR", "NOR",
                Sector.GOV, "a1", LocalDate.of(2024, 3, 1))) : java.util.Optional.empty();
        Entity e = new Extractor(Gazetteer.load(), memory).extract(Canned.doc("Ingrid/NNP/PERSON Solvang/NNP/PERSON "
                + "met/VBD officials/NNS ./."), LocalDate.of(2024, 3, 5)).entities().get(0);
        assertEquals("Ingrid Solvang PERSON [Fisheries Minister] aff=NOR country=NOR sector=GOV "
                + "{TITLES=store:a1, AFFILIATION=store:a1, COUNTRY=store:a1, SECTOR=store:a1}", render(e));
    }

    @Test
    void anAcronymOpeningTheTextIsReadAsWrittenAndADatelineInTitleCase() {
        assertEquals("Islamic State ORGANIZATION [] aff=null country=null sector=IMG {SECTOR=kb}",
                entity(null, "Islamic State", "ISIS/NNP/ORGANIZATION claimed/VBD the/DT attack/NN ./."));
        assertEquals("Belgium COUNTRY [] aff=null country=BEL sector=null",
                entity(null, "Belgium", "BELGIUM/NNP/LOCATION :/: Talks/NNS ended/VBD ./."));
    }

    @Test
    void anOrganisationTheKnowledgeBaseLacksHasTheSectorOfItsHeadOrOfTheIgoItIsPartOf() {
        assertEquals("Arbitral Tribunal ORGANIZATION [] aff=null country=null sector=JUD",
                entity(null, "Arbitral Tribunal", "The/DT Arbitral/NNP/ORGANIZATION Tribunal/NNP/ORGANIZATION "
                        + "ruled/VBD ./."));
        assertEquals("NATO-Ruritania Council ORGANIZATION [] aff=NATO country=null sector=IGO",
                entity(null, "NATO-Ruritania Council", "The/DT NATO-Ruritania/NNP/ORGANIZATION "
                        + "Council/NNP/ORGANIZATION met/VBD ./."));
    }

    @Test
    void anOwnersAcronymInBracketsALowerCasePortfolioAndARankBeforeTheOwner() {
        assertEquals("Marek Novak PERSON [envoy] aff=EU country=null sector=IGO",
                entity(null, "Marek Novak", "European/NNP/ORGANIZATION Union/NNP/ORGANIZATION (/-LRB- EU/NNP/ORGANIZATION "
                        + ")/-RRB- envoy/NN Marek/NNP/PERSON Novak/NNP/PERSON spoke/VBD ./."));
        assertEquals("Luis Ortega PERSON [peace commissioner] aff=COL country=COL sector=GOV",
                entity(null, "Luis Ortega", "Colombian/JJ/MISC peace/NN commissioner/NN Luis/NNP/PERSON "
                        + "Ortega/NNP/PERSON insisted/VBD ./."));
        assertEquals("Oleg Ivanov PERSON [diplomat] aff=RUS country=RUS sector=GOV",
                entity(null, "Oleg Ivanov", "a/DT senior/JJ Russian/JJ/MISC diplomat/NN ,/, Oleg/NNP/PERSON "
                        + "Ivanov/NNP/PERSON ,/, said/VBD so/RB ./."));
        // a lower-case noun before a capitalised title is no part of it: "alliance Secretary General"
        assertEquals("Jens Berg PERSON [Secretary General] aff=NATO country=null sector=IGO",
                entity(null, "Jens Berg", "Military/JJ alliance/NN Secretary/NNP General/NNP of/IN "
                        + "NATO/NNP/ORGANIZATION Jens/NNP/PERSON Berg/NNP/PERSON said/VBD so/RB ./."));
        // a noun that is no portfolio stays out: "the attack survivor" is no title
        assertEquals("Ana Lind PERSON [] aff=null country=null sector=null",
                entity(null, "Ana Lind", "the/DT attack/NN survivor/NN Ana/NNP/PERSON Lind/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void aGroupOfCoordinatedStatesLeavesEachStateNamed() {
        List<String> names = EXTRACTOR.extract(Canned.doc("He/PRP met/VBD the/DT foreign/JJ ministers/NNS of/IN "
                + "Slovakia/NNP/LOCATION and/CC Austria/NNP/LOCATION ./."), JAN_2022).entities().stream()
                .map(ActorsTest::render).toList();
        assertEquals(List.of("Slovakia COUNTRY [] aff=null country=SVK sector=null",
                "Austria COUNTRY [] aff=null country=AUT sector=null"), names.stream()
                .filter(n -> n.contains(" COUNTRY ")).toList());
        // one state: the group is that state's
        assertEquals("foreign ministers of Slovakia GROUP [] aff=null country=SVK sector=GOV",
                entity(JAN_2022, "foreign ministers of Slovakia", "He/PRP met/VBD the/DT foreign/JJ "
                        + "ministers/NNS of/IN Slovakia/NNP/LOCATION ./."));
    }

    @Test
    void anOrganisationNamedByABodysWordsAloneIsTheBodyNamedBefore() {
        List<Entity> all = EXTRACTOR.extract(Canned.doc("the/DT Russian/JJ/MISC Defence/NNP Ministry/NNP said/VBD so/RB ./.",
                "the/DT Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION said/VBD more/JJR ./."), JAN_2022).entities();
        List<Entity> bodies = all.stream().filter(e -> e.type() == dev.sitrep.model.EntityType.ORGANIZATION).toList();
        assertEquals(1, bodies.size(), bodies.toString());
        assertEquals("RUS-MOD", bodies.get(0).code());
        assertEquals(2, bodies.get(0).mentions().size());
    }

    @Test
    void thePersonAStatesTitleBelongsToSpeaksNotTheState() {
        Extractor.Result r = EXTRACTOR.extract(Canned.doc("\"/`` We/PRP will/MD go/VB on/RP ,/, \"/'' Turkish/JJ/MISC "
                + "President/NNP Ahmet/NNP/PERSON Kaya/NNP/PERSON said/VBD=say ./."), JAN_2022);
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        Entity speaker = r.entities().stream().filter(e -> e.id().equals(r.quotes().get(0).speakerId())).findFirst()
                .orElseThrow(() -> new AssertionError(r.quotes() + " " + r.entities()));
        assertEquals("Ahmet Kaya PERSON [President] aff=TUR country=TUR sector=GOV", render(speaker));
    }

    @Test
    void aDefiniteDescriptionSpeaksForWhomItDescribes() {
        Extractor.Result r = EXTRACTOR.extract(Canned.doc(
                "\"/`` We/PRP will/MD go/VB on/RP ,/, \"/'' Turkish/JJ/MISC President/NNP Ahmet/NNP/PERSON "
                        + "Kaya/NNP/PERSON said/VBD=say ./.",
                "\"/`` Talks/NNS will/MD resume/VB ,/, \"/'' the/DT statement/NN said/VBD=say ./.",
                "\"/`` Nothing/NN is/VBZ agreed/VBN ,/, \"/'' the/DT president/NN added/VBD=add ./.",
                "\"/`` Nothing/NN is/VBZ lost/VBN ,/, \"/'' the/DT mayor/NN added/VBD=add ./."), JAN_2022);
        assertEquals(4, r.quotes().size(), r.quotes().toString());
        // the statement: the actor quoted before it; the president: the person of that title named before
        assertEquals(java.util.Arrays.asList("Ahmet Kaya", "Ahmet Kaya", "Ahmet Kaya", null),
                r.quotes().stream().map(dev.sitrep.model.Quote::speakerName).toList());
    }

    @Test
    void anAdviserToAStatesTitledPersonIsThatStates() {
        assertEquals("Tariq Aziz PERSON [foreign affairs adviser] aff=PAK country=PAK sector=GOV",
                entity(JAN_2022, "Tariq Aziz", "talks/NNS with/IN the/DT foreign/JJ affairs/NNS adviser/NN to/TO "
                        + "Pakistani/JJ/MISC Prime/NNP Minister/NNP Omar/NNP/PERSON Khan/NNP/PERSON ,/, "
                        + "Tariq/NNP/PERSON Aziz/NNP/PERSON ,/, went/VBD on/RP ./."));
    }

    @Test
    void oneArticlesTransliterationsOfAFamilyNameAreOnePerson() {
        List<Entity> people = EXTRACTOR.extract(Canned.doc("the/DT editor/NN Andriy/NNP/PERSON Klymenko/NNP/PERSON "
                + "wrote/VBD ./.", "Klimenko/NNP/PERSON added/VBD more/JJR ./."), JAN_2022).entities();
        assertEquals(1, people.size(), people.toString());
        assertEquals(2, people.get(0).mentions().size());
        assertEquals("yanukovich", EntityLinker.sameArticleSpelling("Yanukovych"), "the first letter stays");
    }

    @Test
    void aTitleOfAStateSetOffByCommas() {
        assertEquals("Aidos Berik PERSON [President] aff=KAZ country=KAZ sector=GOV",
                entity(null, "Aidos Berik", "the/DT President/NNP of/IN Kazakhstan/NNP/LOCATION ,/, Aidos/NNP/PERSON "
                        + "Berik/NNP/PERSON ,/, asked/VBD for/IN help/NN ./."));
    }

    @Test
    void aHyphenatedTitleOfAnInternationalBody() {
        assertEquals("Lena Sorel PERSON [Secretary-General] aff=UN country=null sector=IGO",
                entity(null, "Lena Sorel", "U.N./NNP/ORGANIZATION Secretary/NNP -/HYPH General/NNP Lena/NNP/PERSON "
                        + "Sorel/NNP/PERSON welcomed/VBD the/DT deal/NN ./."));
    }

    @Test
    void anEnvoysForIsThePortfolioNotTheOwner() {
        assertEquals("Kurt Vale PERSON [Special Representative for Ukraine] aff=USA country=USA sector=GOV",
                entity(null, "Kurt Vale", "US/NNP Special/NNP Representative/NNP for/IN Ukraine/NNP/LOCATION "
                        + "Kurt/NNP/PERSON Vale/NNP/PERSON arrived/VBD ./."));
    }

    @Test
    void aPossessiveOwnsTheTitleBeforeAnOrganisationInIt() {
        assertEquals("Eric Rumo PERSON [UN representative] aff=RWA country=RWA sector=GOV",
                entity(null, "Eric Rumo", "Rwanda/NNP/LOCATION 's/POS UN/NNP/ORGANIZATION representative/NN ,/, "
                        + "Eric/NNP/PERSON Rumo/NNP/PERSON ,/, spoke/VBD ./."));
    }

    @Test
    void aPluralTitleGoesToEachCoordinatedName() {
        String[] s = {"regiment/NN commanders/NNS Denys/NNP/PERSON Kor/NNP/PERSON and/CC Ivan/NNP/PERSON "
                + "Lis/NNP/PERSON surrendered/VBD ./."};
        assertEquals("Denys Kor PERSON [regiment commander] aff=null country=null sector=MIL",
                entity(null, "Denys Kor", s));
        assertEquals("Ivan Lis PERSON [regiment commander] aff=null country=null sector=MIL",
                entity(null, "Ivan Lis", s));
    }

    @Test
    void aBodysTitleWordsArePartOfTheTitleAndItsStateTheAffiliation() {
        assertEquals("Olha Dan PERSON [Foreign Ministry spokesperson] aff=UKR country=UKR sector=GOV",
                entity(null, "Olha Dan", "Ukrainian/JJ/MISC Foreign/NNP Ministry/NNP spokesperson/NN "
                        + "Olha/NNP/PERSON Dan/NNP/PERSON wrote/VBD ./."));
    }

    @Test
    void aStatesBodyNamedByNounsIsThatStatesInstitution() {
        assertEquals("Ministry of Defence of Ukraine ORGANIZATION [] aff=UKR country=UKR sector=MIL {SECTOR=kb}",
                entity(null, "Ministry of Defence of Ukraine", "the/DT Ukrainian/JJ/MISC Defence/NNP Ministry/NNP "
                        + "said/VBD ./.", "The/DT ministry/NN added/VBD ./."));
    }

    @Test
    void groupsOfAStatesPeopleHaveItsStateAndTheirSector() {
        assertEquals("Russian forces GROUP [] aff=null country=RUS sector=MIL",
                entity(null, "Russian forces", "Russian/JJ/MISC forces/NNS shelled/VBD the/DT town/NN ./."));
        assertEquals("Polish farmers GROUP [] aff=null country=POL sector=AGR",
                entity(null, "Polish farmers", "Polish/JJ/MISC farmers/NNS blocked/VBD the/DT road/NN ./."));
        assertEquals("ordinary Ukrainians GROUP [] aff=null country=UKR sector=CVL",
                entity(null, "ordinary Ukrainians", "ordinary/JJ Ukrainians/NNPS/MISC suffer/VBP ./."));
    }

    @Test
    void aFamilyNameAloneIsWhoeverHeldTheOfficeThatDay() {
        assertEquals("Stoltenberg PERSON [Secretary General] aff=NATO country=null sector=IGO "
                + "{TITLES=kb, AFFILIATION=kb, SECTOR=kb}",
                entity(JAN_2022, "Stoltenberg", "Stoltenberg/NNP/PERSON said/VBD ./."));
        assertNull(EXTRACTOR.extract(Canned.doc("Stoltenberg/NNP/PERSON said/VBD ./."), LocalDate.of(2030, 1, 1))
                .entities().get(0).kb(), "nobody called Stoltenberg holds an office of the knowledge base in 2030");
    }

    @Test
    void theDatePicksTheOfficeAndAnEndedOneIsFormer() {
        String[] s = {"Vladimir/NNP/PERSON Putin/NNP/PERSON spoke/VBD ./."};
        assertEquals("Vladimir Putin PERSON [Prime Minister] aff=RUS country=RUS sector=GOV "
                + "{TITLES=kb, AFFILIATION=kb, COUNTRY=kb, SECTOR=kb}", entity(LocalDate.of(2010, 6, 1),
                "Vladimir Putin", s));
        assertEquals("Petro Poroshenko PERSON [former President] aff=UKR country=UKR sector=CVL "
                + "{TITLES=kb, AFFILIATION=kb, COUNTRY=kb, SECTOR=kb}", entity(LocalDate.of(2021, 3, 1),
                "Petro Poroshenko", "Petro/NNP/PERSON Poroshenko/NNP/PERSON spoke/VBD ./."));
    }

    @Test
    void whatTheTextSaysWins() {
        Entity e = EXTRACTOR.extract(Canned.doc("Ukrainian/JJ/MISC lawmaker/NN Petro/NNP/PERSON "
                + "Poroshenko/NNP/PERSON spoke/VBD ./."), LocalDate.of(2021, 3, 1)).entities().stream()
                .filter(x -> x.name().equals("Petro Poroshenko")).findFirst().orElseThrow();
        assertEquals(List.of("lawmaker"), e.titles());
        assertEquals(Origin.TEXT, e.origin(Entity.Field.TITLES));
        assertEquals(Sector.LEG, e.sector());
        assertEquals("Petro Poroshenko", e.kb());
    }
}
