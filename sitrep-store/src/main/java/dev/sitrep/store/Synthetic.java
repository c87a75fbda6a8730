package dev.sitrep.store;

import dev.sitrep.model.AidType;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated articles for benchmarks and crash tests: made-up but well-formed news (countries, ministers who
 * speak, events between states, support pledged), with every offset pointing at real text. Deterministic for a
 * seed. Not for quality measurement: the text is templated.
 */
public final class Synthetic {

    private static final String[][] COUNTRIES = {
        {"UKR", "Ukraine"}, {"RUS", "Russia"}, {"POL", "Poland"}, {"DEU", "Germany"}, {"FRA", "France"},
        {"USA", "United States"}, {"GBR", "United Kingdom"}, {"CAN", "Canada"}, {"CZE", "Czech Republic"},
        {"LTU", "Lithuania"}, {"LVA", "Latvia"}, {"EST", "Estonia"}, {"TUR", "Turkey"}, {"CHN", "China"},
        {"JPN", "Japan"}, {"IND", "India"}, {"BRA", "Brazil"}, {"ZAF", "South Africa"}, {"EGY", "Egypt"},
        {"ISR", "Israel"}, {"IRN", "Iran"}, {"SAU", "Saudi Arabia"}, {"KAZ", "Kazakhstan"}, {"MDA", "Moldova"},
        {"ROU", "Romania"}, {"HUN", "Hungary"}, {"SVK", "Slovakia"}, {"FIN", "Finland"}, {"SWE", "Sweden"},
        {"NOR", "Norway"}, {"ITA", "Italy"}, {"ESP", "Spain"}, {"NLD", "Netherlands"}, {"BEL", "Belgium"},
        {"GEO", "Georgia"}, {"ARM", "Armenia"}, {"AZE", "Azerbaijan"}, {"SRB", "Serbia"}, {"MEX", "Mexico"},
        {"KOR", "South Korea"}};
    private static final String[] FIRST = {"Anna", "Jan", "Maria", "Oleh", "Ingrid", "Tomas", "Lena", "Pavel",
        "Marta", "Karl", "Sofia", "Ivan", "Elena", "Piotr", "Hana", "Luca", "Nadia", "Omar", "Aiko", "Rafael"};
    private static final String[] LAST = {"Varga", "Novak", "Kowal", "Berg", "Moreau", "Petrov", "Lindqvist",
        "Horvat", "Silva", "Tanaka", "Haddad", "Okafor", "Rossi", "Dumas", "Kruger", "Adler", "Nilsen", "Marek",
        "Costa", "Weiss", "Sato", "Farouk", "Ionescu", "Bauer", "Keller"};
    private static final String[][] ACTS = {
        {"AGREE", "030", "agreed to deepen trade with"}, {"CONSULT", "040", "held talks with"},
        {"SUPPORT", "051", "praised"}, {"CONCEDE", "081", "eased restrictions on"},
        {"COOPERATE", "062", "held joint exercises with"}, {"AID", "072", "sent weapons to"},
        {"RETREAT", "0872", "withdrew troops from the border with"}, {"REQUEST", "100", "called on"},
        {"ACCUSE", "111", "criticised"}, {"REJECT", "120", "rejected a proposal from"},
        {"THREATEN", "130", "threatened"}, {"PROTEST", "141", "saw protests against"},
        {"SANCTION", "163", "imposed sanctions on"}, {"MOBILIZE", "154", "moved troops towards"},
        {"COERCE", "173", "detained citizens of"}, {"ASSAULT", "194", "shelled positions held by"}};
    private static final String[] TOPICS = {"energy", "grain", "shipping", "border", "security", "elections",
        "pipeline", "drones", "refugees", "sanctions", "ports", "railways", "fisheries", "cyber", "nuclear"};

    private final Random random;
    private final LocalDate first;
    private final int days;

    /** Articles published over {@code days} days from {@code first}. */
    public Synthetic(long seed, LocalDate first, int days) {
        this.random = new Random(seed);
        this.first = first;
        this.days = days;
    }

    /** The next article, with about {@code events} events (one per sentence), quotes and a commitment. */
    public Article next(int number, int events) {
        LocalDate day = first.plusDays(random.nextInt(days));
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Event> evs = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        java.util.Map<String, List<Span>> mentions = new java.util.LinkedHashMap<>();
        java.util.Map<String, String[]> countryOf = new java.util.HashMap<>();
        String[] speakerCountry = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String speaker = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        for (int i = 0; i < events; i++) {
            String[] a = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String[] b = COUNTRIES[random.nextInt(COUNTRIES.length)];
            while (b == a) {
                b = COUNTRIES[random.nextInt(COUNTRIES.length)];
            }
            String[] act = ACTS[random.nextInt(ACTS.length)];
            int sentenceStart = text.length();
            Span as = append(text, a[1]);
            text.append(' ');
            Span trigger = append(text, act[2]);
            text.append(' ');
            Span bs = append(text, b[1]);
            text.append(" over ").append(topic).append(" on ").append(day.getDayOfWeek().toString().charAt(0))
                    .append(day.getDayOfWeek().toString().substring(1).toLowerCase(java.util.Locale.ROOT))
                    .append(". ");
            mentions.computeIfAbsent(a[0], k -> new ArrayList<>()).add(as);
            mentions.computeIfAbsent(b[0], k -> new ArrayList<>()).add(bs);
            countryOf.put(a[0], a);
            countryOf.put(b[0], b);
            EventMode mode = random.nextInt(10) < 8 ? EventMode.ASSERTED : EventMode.values()[1 + random.nextInt(3)];
            evs.add(new Event(EventType.valueOf(act[0]), act[1], mode, List.of(ref(a)), List.of(ref(b)),
                    day.toString(), null, act[2], trigger, new Span(sentenceStart, text.length() - 2), "synthetic"));
            if (act[0].equals("AID")) {
                long millions = 1 + random.nextInt(500);
                text.append("The package is worth $").append(millions).append(" million. ");
                commitments.add(new Commitment(ref(a), ref(b), AidType.MILITARY, "weapons",
                        BigDecimal.valueOf(millions * 1_000_000L), "USD", CommitmentStatus.PLEDGED, day.toString(),
                        new Span(sentenceStart, text.length() - 1)));
            }
        }
        int quoteStart = text.length() + 1;
        text.append('"');
        String said = "We will keep talking about " + topic + " with our partners, and we expect results soon.";
        text.append(said).append("\" said ");
        Span speakerSpan = append(text, speaker);
        text.append(", the foreign minister of ");
        Span cs = append(text, speakerCountry[1]);
        text.append(".\n");
        mentions.computeIfAbsent(speakerCountry[0], k -> new ArrayList<>()).add(cs);
        countryOf.put(speakerCountry[0], speakerCountry);
        for (var m : mentions.entrySet()) {
            String[] c = countryOf.get(m.getKey());
            entities.add(new Entity("c-" + c[0], EntityType.COUNTRY, c[1], c[0], c[0], List.of(), null,
                    m.getValue()));
        }
        String personId = "p1";
        entities.add(new Entity(personId, EntityType.PERSON, speaker, null, speakerCountry[0],
                List.of("foreign minister"), speakerCountry[0], List.of(speakerSpan)));
        quotes.add(new Quote(new Span(quoteStart, quoteStart + said.length()), said, true, personId, speaker, "said",
                new Span(quoteStart + said.length() + 2, quoteStart + said.length() + 6), speakerSpan));
        String title = topic.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + topic.substring(1) + " news "
                + number;
        SourceDocument source = new SourceDocument("synthetic-" + number, "https://news" + (number % 50)
                + ".example/" + number, title, null, day + "T08:00:00", text.toString(), "synthetic:" + number);
        return new Article(source, entities, quotes, evs, commitments, "synthetic/1");
    }

    private static EntityRef ref(String[] country) {
        return new EntityRef("c-" + country[0], country[1], country[0]);
    }

    private static Span append(StringBuilder text, String s) {
        int start = text.length();
        text.append(s);
        return new Span(start, text.length());
    }
}
