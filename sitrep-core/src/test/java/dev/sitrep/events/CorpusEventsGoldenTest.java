package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.testing.Shared;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests of event coding on real news from ../shared/corpus/news-dev.jsonl (read at run time, never copied
 * here). Each expected event was checked by reading its sentence; together they cover every PLOVER type and
 * every mode. A row is: article id, type, mode, source codes, target codes ({@code -} for none; codes joined by
 * {@code +}), and words the event's evidence must contain.
 */
class CorpusEventsGoldenTest {

    private static final Map<String, Article> ARTICLES = new HashMap<>();

    @BeforeAll
    static void analyse() {
        Set<String> wanted = Set.of("aawsat-russia-complains-turkey-drone-sales", "moscowtimes-medvedev-vassal-ukraine",
                "uaposition-mfa-condemns-kremlin-provocation", "uaw-lukashenko-russia-will-not-attack",
                "yahoo-telegraph-special-forces-storm-ships", "pledgetimes-stoltenberg-hard-price-2022",
                "europediplomatic-csto-troops-quell-protests",
                "i24-germany-mocked-helmets", "newsweek-csto-troops-kazakhstan-tokayev",
                "dw-russia-speeds-passports-eastern-ukraine", "jurist-haiti-pm-henry-resigns",
                "unn-eu-extends-sectoral-sanctions-2025", "thenewsmx-eu-extend-russia-sanctions-hollande",
                "pindula-m23-claims-goma-2025", "uaw-hungary-blocked-nato-ukraine-commission",
                "hamariweb-kremlin-warns-turkish-drones", "hromadske-prisoner-exchange-2017",
                "belsat-mps-ban-russian-election-observers", "diplomat-tokayev-downplays-csto");
        for (SourceDocument d : Shared.read(Shared.sharedDir().resolve("corpus/news-dev.jsonl"))) {
            if (wanted.contains(d.id())) {
                ARTICLES.put(d.id(), Shared.analyze(d));
            }
        }
        assertEquals(wanted.size(), ARTICLES.size(), "articles missing from the corpus");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "aawsat-russia-complains-turkey-drone-sales | ACCUSE | ASSERTED | RUS | TUR | complained to Turkey",
        "uaposition-mfa-condemns-kremlin-provocation | ACCUSE | ASSERTED | UKR | - | condemns",
        "moscowtimes-medvedev-vassal-ukraine | AGREE | ASSERTED | UKR | RUS | offered to meet Putin",
        "moscowtimes-medvedev-vassal-ukraine | REJECT | ASSERTED | RUS | UKR | rebuffed",
        "i24-germany-mocked-helmets | REJECT | ASSERTED | DEU | UKR | refused to provide weapons",
        "i24-germany-mocked-helmets | SUPPORT | ASSERTED | DEU | UKR | stands by Ukraine",
        "i24-germany-mocked-helmets | ASSAULT | HYPOTHETICAL | RUS | UKR | invading Ukraine",
        "uaposition-mfa-condemns-kremlin-provocation | ASSAULT | ASSERTED | RUS | UKR | aggression against Ukraine in",
        "uaw-lukashenko-russia-will-not-attack | ASSAULT | NEGATED | RUS | UKR | not going to attack",
        "yahoo-telegraph-special-forces-storm-ships | COERCE | ASSERTED | RUS | UKR | seized three Ukrainian navy",
        "yahoo-telegraph-special-forces-storm-ships | COERCE | HYPOTHETICAL | UKR | UKR | impose martial law",
        "pledgetimes-stoltenberg-hard-price-2022 | CONSULT | ASSERTED | UKR | NATO | met with NATO",
        "pledgetimes-stoltenberg-hard-price-2022 | REQUEST | ASSERTED | RUS | USA+NATO | demanded assurances",
        "newsweek-csto-troops-kazakhstan-tokayev | COOPERATE | ASSERTED | CSTO | - | joint exercises",
        "newsweek-csto-troops-kazakhstan-tokayev | REQUEST | ASSERTED | KAZ | CSTO | appealed to the heads of CSTO",
        "diplomat-tokayev-downplays-csto | MOBILIZE | ASSERTED | CSTO | - | deployment",
        "europediplomatic-csto-troops-quell-protests | MOBILIZE | FUTURE | CSTO | KAZ | send peacekeeping forces",
        "europediplomatic-csto-troops-quell-protests | PROTEST | ASSERTED | KAZ | KAZ | protesting against high fuel",
        "dw-russia-speeds-passports-eastern-ukraine | REQUEST | FUTURE | RUS | UNSC | ask the UN Security Council",
        "jurist-haiti-pm-henry-resigns | RETREAT | FUTURE | HTI | - | will formally resign",
        "hromadske-prisoner-exchange-2017 | RETREAT | ASSERTED | UKR | - | handed over 73 prisoners",
        "unn-eu-extends-sectoral-sanctions-2025 | SANCTION | ASSERTED | EU | RUS | extension of sectoral sanctions",
        "thenewsmx-eu-extend-russia-sanctions-hollande | SANCTION | FUTURE | EU | RUS | will extend its sanctions",
        "pindula-m23-claims-goma-2025 | SUPPORT | ASSERTED | RWA | M23 | backed by Rwanda",
        "uaw-hungary-blocked-nato-ukraine-commission | SUPPORT | NEGATED | HUN | UKR | cannot support",
        "hamariweb-kremlin-warns-turkish-drones | THREATEN | ASSERTED | RUS | TUR | warned",
        "belsat-mps-ban-russian-election-observers | CONCEDE | NEGATED | UKR | RUS | to let",
    })
    void eventIsCoded(String id, EventType type, EventMode mode, String source, String target, String evidence) {
        Article a = ARTICLES.get(id);
        List<Event> matching = a.events().stream()
                .filter(e -> e.type() == type && e.mode() == mode && codes(e.source()).equals(set(source))
                        && codes(e.target()).equals(set(target)))
                .filter(e -> a.text().substring(e.span().start(), e.span().end()).contains(evidence))
                .toList();
        assertTrue(!matching.isEmpty(), () -> "no " + type + " " + mode + " " + source + " -> " + target
                + " over '" + evidence + "' in " + id + "; coded:\n" + dump(a));
    }

    @Test
    void theGoldenRowsCoverEveryTypeAndMode() throws Exception {
        // The rows above, read back through the annotation, must name all 16 types and all 4 modes; AID is
        // covered by the seed (SeedEventsGoldenTest), the only development article that reports support.
        var source = CorpusEventsGoldenTest.class.getDeclaredMethod("eventIsCoded", String.class, EventType.class,
                EventMode.class, String.class, String.class, String.class).getAnnotation(CsvSource.class);
        Set<EventType> types = EnumSet.of(EventType.AID);
        Set<EventMode> modes = EnumSet.noneOf(EventMode.class);
        for (String row : source.value()) {
            String[] f = row.split("\\|");
            types.add(EventType.valueOf(f[1].trim()));
            modes.add(EventMode.valueOf(f[2].trim()));
        }
        assertEquals(EnumSet.allOf(EventType.class), types);
        assertEquals(EnumSet.allOf(EventMode.class), modes);
    }

    private static Set<String> set(String codes) {
        return codes.equals("-") ? Set.of() : Set.of(codes.split("\\+"));
    }

    private static Set<String> codes(List<EntityRef> refs) {
        return refs.stream().map(r -> r.code() == null ? r.name() : r.code()).collect(Collectors.toSet());
    }

    private static String dump(Article a) {
        return a.events().stream().map(e -> "  " + e.type() + " " + e.mode() + " " + codes(e.source()) + " -> "
                + codes(e.target()) + " '" + a.text().substring(e.span().start(), e.span().end()) + "'")
                .collect(Collectors.joining("\n"));
    }
}
