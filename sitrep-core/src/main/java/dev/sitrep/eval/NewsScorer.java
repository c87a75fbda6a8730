package dev.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores Sitrep's output on annotated news articles against a gold made by the news annotation guideline
 * ({@code ../shared/corpus/GUIDELINE.md}): people with titles and affiliation, quotes with speakers, events with
 * source and target codes and mode, support commitments. It computes exactly what the reference scorer
 * ({@code ../shared/tools/score_news.py}) computes, reading the output in its JSON form as that scorer does, so the
 * two give the same figures; docs/benchmarks.md says how each is counted. Stateless.
 */
public final class NewsScorer {

    private static final Set<String> STOP = Set.of("the", "of", "for", "and", "a", "an", "to", "in", "on", "s");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern NAME_PART = Pattern.compile("[\\w'-]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** A person as either side gives it. */
    record Person(String name, List<String> titles, String aff) {
    }

    /** A quote: the start of its content (normalised), direct or not, the speaker as the reference reads it. */
    record Quote(String start, boolean direct, String speaker, String speakerCode) {
    }

    /** An event: type, source and target code sets (upper case), mode. */
    record Event(String type, Set<String> src, Set<String> tgt, String mode) {
    }

    /** A commitment: donor, recipient, aid type, status. */
    record Commitment(String donor, String recipient, String type, String status) {
    }

    /** One article as the scorer sees it. */
    record View(List<Person> people, List<Quote> quotes, List<Event> events, List<Commitment> commitments) {
    }

    /** Counts over articles; {@link #add} merges. Every figure is a ratio of two of them. */
    public static final class Counts {
        final Map<String, Integer> c = new LinkedHashMap<>();
        final List<String> details = new ArrayList<>();

        Counts() {
            for (String k : List.of("people", "people_found", "title_n", "title_ok", "aff_n", "aff_ok", "quotes",
                    "quotes_found", "spk_n", "spk_ok", "pred_quotes", "events", "events_found", "pred_events",
                    "pred_events_ok", "mode_n", "mode_ok", "coms", "coms_found", "pred_coms", "status_ok")) {
                c.put(k, 0);
            }
        }

        void inc(String k, int n) {
            c.merge(k, n, Integer::sum);
        }

        public int get(String k) {
            return c.get(k);
        }

        /** Every error found, one line each, for {@code --details}. */
        public List<String> details() {
            return details;
        }

        public Counts add(Counts o) {
            Counts s = new Counts();
            c.forEach((k, v) -> s.c.put(k, v + o.c.get(k)));
            s.details.addAll(details);
            s.details.addAll(o.details);
            return s;
        }

        double r(String a, String b) {
            return c.get(b) == 0 ? 0.0 : round3((double) c.get(a) / c.get(b));
        }

        /** The figures, by the reference scorer's names, rounded to three places as it rounds them. */
        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            double p = r("pred_events_ok", "pred_events");
            double rr = r("events_found", "events");
            f.put("people_recall", r("people_found", "people"));
            f.put("title_acc", r("title_ok", "title_n"));
            f.put("affiliation_acc", r("aff_ok", "aff_n"));
            f.put("quote_recall", r("quotes_found", "quotes"));
            f.put("speaker_acc", r("spk_ok", "spk_n"));
            f.put("event_p", p);
            f.put("event_r", rr);
            f.put("event_f1", p + rr == 0 ? 0.0 : round3(2 * p * rr / (p + rr)));
            f.put("mode_acc", r("mode_ok", "mode_n"));
            f.put("commitment_recall", r("coms_found", "coms"));
            f.put("commitment_status_acc", r("status_ok", "coms_found"));
            return f;
        }
    }

    private NewsScorer() {
    }

    static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static String norm(String s) {
        String t = s == null ? "" : s.replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACE.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = LETTERS.matcher(norm(s));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    static String surname(String name) {
        String last = "";
        Matcher m = NAME_PART.matcher(name == null ? "" : name);
        while (m.find()) {
            if (m.group().length() > 1) {
                last = m.group();
            }
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** A gold article (one line of a gold file) as the scorer sees it. */
    static View fromGold(JsonNode g) {
        List<Person> people = new ArrayList<>();
        for (JsonNode p : g.path("people")) {
            people.add(new Person(text(p.get("name")), strings(p.get("titles")), orEmpty(p.get("affiliation"))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : g.path("quotes")) {
            quotes.add(new Quote(norm(text(q.get("start_words"))), q.path("direct").asBoolean(false),
                    text(q.get("speaker")), ""));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : g.path("events")) {
            events.add(new Event(text(e.get("type")), upper(e.get("source")), upper(e.get("target")),
                    text(e.get("mode"))));
        }
        List<Commitment> coms = new ArrayList<>();
        for (JsonNode c : g.path("commitments")) {
            coms.add(new Commitment(orEmpty(c.get("donor")).toUpperCase(Locale.ROOT),
                    orEmpty(c.get("recipient")).toUpperCase(Locale.ROOT), text(c.get("aid_type")),
                    text(c.get("status"))));
        }
        return new View(people, quotes, events, coms);
    }

    /** Sitrep's output for an article ({@code ArticleJson}) as the scorer sees it. */
    static View fromSitrep(JsonNode a) {
        String text = orEmpty(a.get("text"));
        Map<String, JsonNode> ents = new HashMap<>();
        for (JsonNode e : a.path("entities")) {
            if (e.isObject()) {
                ents.put(text(e.get("id")), e);
            }
        }
        List<Person> people = new ArrayList<>();
        for (JsonNode e : a.path("entities")) {
            if (e.isObject() && "PERSON".equals(text(e.get("type")))) {
                people.add(new Person(text(e.get("name")), strings(e.get("titles")), orEmpty(e.get("affiliation"))));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : a.path("quotes")) {
            if (!q.isObject()) {
                continue;
            }
            String qt = truthy(q.get("text")) ? q.get("text").asText()
                    : slice(text, q.path("start").asInt(0), q.path("end").asInt(0));
            JsonNode ent = ents.getOrDefault(text(q.get("speaker")), null);
            String spk = truthy(q.get("speakerName")) ? q.get("speakerName").asText()
                    : ent == null ? null : text(ent.get("name"));
            String type = ent == null ? null : text(ent.get("type"));
            if ("COUNTRY".equals(type) && truthy(ent.get("code"))) {
                spk = "COUNTRY:" + ent.get("code").asText();
            } else if ("ORGANIZATION".equals(type)) {
                spk = "ORG:" + (truthy(ent.get("code")) ? ent.get("code").asText() : orEmpty(ent.get("name")));
            }
            String code = ent == null ? "" : truthy(ent.get("code")) ? ent.get("code").asText()
                    : truthy(ent.get("affiliation")) ? ent.get("affiliation").asText() : "";
            quotes.add(new Quote(norm(qt), q.path("direct").asBoolean(false), spk, code));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : a.path("events")) {
            if (e.isObject()) {
                events.add(new Event(text(e.get("type")), codes(e.get("source"), ents), codes(e.get("target"), ents),
                        text(e.get("mode"))));
            }
        }
        List<Commitment> coms = new ArrayList<>();
        for (JsonNode c : a.path("commitments")) {
            if (c.isObject()) {
                coms.add(new Commitment(orEmpty(c.get("donor")).toUpperCase(Locale.ROOT),
                        orEmpty(c.get("recipient")).toUpperCase(Locale.ROOT), text(c.get("aidType")),
                        text(c.get("status"))));
            }
        }
        return new View(people, quotes, events, coms);
    }

    private static Set<String> codes(JsonNode side, Map<String, JsonNode> ents) {
        Set<String> out = new HashSet<>();
        if (side == null) {
            return out;
        }
        for (JsonNode x : side) {
            if (!x.isObject()) {
                continue;
            }
            JsonNode e = ents.get(text(x.get("entity")));
            String c = first(x.get("code"), e == null ? null : e.get("code"), x.get("name"),
                    e == null ? null : e.get("name"));
            if (c != null) {
                out.add(c.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String first(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (truthy(n)) {
                return n.asText();
            }
        }
        return null;
    }

    static boolean sameStart(String gold, String pred) {
        String g4 = firstWords(gold, 4);
        String p4 = firstWords(pred, 4);
        if (g4.isEmpty() || p4.isEmpty()) {
            return false;
        }
        return slice(pred, 0, gold.length() + 60).contains(g4) || gold.contains(p4);
    }

    private static String firstWords(String s, int n) {
        String[] w = s.strip().isEmpty() ? new String[0] : s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    /** True, false, or null when the gold names no speaker. */
    static Boolean speakerMatch(String goldSpk, Quote q) {
        if (goldSpk == null || goldSpk.isEmpty()) {
            return null;
        }
        String ps = q.speaker() == null ? "" : q.speaker();
        if (goldSpk.startsWith("COUNTRY:") || goldSpk.startsWith("ORG:")) {
            String code = goldSpk.substring(goldSpk.indexOf(':') + 1).toUpperCase(Locale.ROOT);
            return ps.toUpperCase(Locale.ROOT).contains(code) || code.equals(q.speakerCode().toUpperCase(Locale.ROOT));
        }
        String[] parts = ps.split(":", -1);
        return !surname(goldSpk).isEmpty() && surname(goldSpk).equals(surname(parts[parts.length - 1]));
    }

    static Boolean titleOk(List<String> goldTitles, List<String> predTitles) {
        if (goldTitles.isEmpty()) {
            return null;
        }
        for (String g : goldTitles) {
            Set<String> gw = words(g);
            for (String p : predTitles) {
                Set<String> pw = words(p);
                if (!gw.isEmpty() && !pw.isEmpty()) {
                    Set<String> inter = new HashSet<>(gw);
                    inter.retainAll(pw);
                    Set<String> union = new HashSet<>(gw);
                    union.addAll(pw);
                    if ((double) inter.size() / union.size() >= 0.5) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean evMatch(Event g, Event p) {
        return g.type().equals(p.type()) && intersects(g.src(), p.src()) && (g.tgt().isEmpty()
                || intersects(g.tgt(), p.tgt()));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores one article.
     *
     * @param id    the article's id, for the details
     * @param gold  its gold line
     * @param sitrep Sitrep's output for it, or null when there is none (everything counts as missed)
     */
    public static Counts score(String id, JsonNode gold, JsonNode sitrep) {
        View g = fromGold(gold);
        View p = sitrep == null ? new View(List.of(), List.of(), List.of(), List.of()) : fromSitrep(sitrep);
        Counts c = new Counts();
        for (Person gp : g.people()) {
            c.inc("people", 1);
            Person m = null;
            for (Person x : p.people()) {
                if (surname(x.name()).equals(surname(gp.name()))) {
                    m = x;
                    break;
                }
            }
            if (m == null) {
                c.details.add("PERSON-MISSED " + id + " | " + gp.name());
                continue;
            }
            c.inc("people_found", 1);
            Boolean t = titleOk(gp.titles(), m.titles());
            if (t != null) {
                c.inc("title_n", 1);
                c.inc("title_ok", t ? 1 : 0);
                if (!t) {
                    c.details.add("TITLE " + id + " | " + gp.name() + " | gold " + gp.titles() + " | sitrep "
                            + m.titles());
                }
            }
            if (!gp.aff().isEmpty()) {
                c.inc("aff_n", 1);
                boolean ok = norm(gp.aff()).equals(norm(m.aff()))
                        || gp.aff().length() > 4 && norm(m.aff()).contains(norm(gp.aff()));
                c.inc("aff_ok", ok ? 1 : 0);
                if (!ok) {
                    c.details.add("AFFILIATION " + id + " | " + gp.name() + " | gold " + gp.aff() + " | sitrep "
                            + (m.aff().isEmpty() ? "none" : m.aff()));
                }
            }
        }
        Set<Integer> used = new HashSet<>();
        for (Quote q : g.quotes()) {
            c.inc("quotes", 1);
            int idx = -1;
            for (int i = 0; i < p.quotes().size(); i++) {
                Quote x = p.quotes().get(i);
                if (!used.contains(i) && x.direct() == q.direct() && sameStart(q.start(), x.start())) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                c.details.add("QUOTE-MISSED " + id + " | " + (q.direct() ? "direct" : "indirect") + " | "
                        + q.start() + " | " + q.speaker());
                continue;
            }
            used.add(idx);
            c.inc("quotes_found", 1);
            Boolean sm = speakerMatch(q.speaker(), p.quotes().get(idx));
            if (sm != null) {
                c.inc("spk_n", 1);
                c.inc("spk_ok", sm ? 1 : 0);
                if (!sm) {
                    Quote x = p.quotes().get(idx);
                    c.details.add("SPEAKER " + id + " | " + q.start() + " | gold " + q.speaker() + " | sitrep "
                            + x.speaker() + (x.speakerCode().isEmpty() ? "" : " (" + x.speakerCode() + ")"));
                }
            }
        }
        c.inc("pred_quotes", p.quotes().size());
        for (Event ge : g.events()) {
            c.inc("events", 1);
            Event m = null;
            for (Event pe : p.events()) {
                if (evMatch(ge, pe)) {
                    m = pe;
                    break;
                }
            }
            if (m == null) {
                c.details.add("EVENT-MISSED " + id + " | " + render(ge));
                continue;
            }
            c.inc("events_found", 1);
            if (ge.mode() != null && !ge.mode().isEmpty()) {
                c.inc("mode_n", 1);
                c.inc("mode_ok", ge.mode().equals(m.mode()) ? 1 : 0);
                if (!ge.mode().equals(m.mode())) {
                    c.details.add("MODE " + id + " | " + render(ge) + " | sitrep " + m.mode());
                }
            }
        }
        c.inc("pred_events", p.events().size());
        for (Event pe : p.events()) {
            boolean ok = g.events().stream().anyMatch(ge -> evMatch(ge, pe));
            c.inc("pred_events_ok", ok ? 1 : 0);
            if (!ok) {
                c.details.add("EVENT-EXTRA " + id + " | " + render(pe));
            }
        }
        for (Commitment gc : g.commitments()) {
            c.inc("coms", 1);
            Commitment m = null;
            for (Commitment pc : p.commitments()) {
                if (pc.donor().equals(gc.donor()) && pc.recipient().equals(gc.recipient())
                        && java.util.Objects.equals(pc.type(), gc.type())) {
                    m = pc;
                    break;
                }
            }
            if (m == null) {
                c.details.add("COMMITMENT-MISSED " + id + " | " + gc.donor() + " -> " + gc.recipient() + " "
                        + gc.type() + " " + gc.status());
                continue;
            }
            c.inc("coms_found", 1);
            boolean ok = java.util.Objects.equals(m.status(), gc.status());
            c.inc("status_ok", ok ? 1 : 0);
            if (!ok) {
                c.details.add("STATUS " + id + " | " + gc.donor() + " -> " + gc.recipient() + " | gold " + gc.status()
                        + " | sitrep " + m.status());
            }
        }
        c.inc("pred_coms", p.commitments().size());
        return c;
    }

    private static String render(Event e) {
        return e.type() + " " + String.join("+", new java.util.TreeSet<>(e.src())) + " -> "
                + (e.tgt().isEmpty() ? "-" : String.join("+", new java.util.TreeSet<>(e.tgt()))) + " (" + e.mode()
                + ")";
    }

    private static String slice(String s, int from, int to) {
        int a = Math.max(0, Math.min(from, s.length()));
        int b = Math.max(a, Math.min(to, s.length()));
        return s.substring(a, b);
    }

    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && !(n.isTextual() && n.asText().isEmpty());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String orEmpty(JsonNode n) {
        return truthy(n) ? n.asText() : "";
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static Set<String> upper(JsonNode n) {
        Set<String> out = new HashSet<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
