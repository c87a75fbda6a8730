package dev.sitrep.extract;

import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.TitleSectors;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entities, roles and quotes from an analysed text. Holds only the shared, immutable gazetteer: thread-safe.
 */
public final class Extractor {

    /** What extraction found in one text. */
    public record Result(List<Entity> entities, List<Quote> quotes) {
    }

    private final MentionFinder mentions;
    private final Gazetteer gazetteer;
    private final KnownActors known;

    /** An extractor that knows what the gazetteer's knowledge base knows, and no earlier articles. */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, ActorMemory.NONE);
    }

    /**
     * An extractor that also recalls what the store learned of people from earlier articles.
     *
     * @param memory thread-safe; consulted for people the knowledge base does not know
     */
    public Extractor(Gazetteer gazetteer, ActorMemory memory) {
        ActorNouns nouns = new ActorNouns(gazetteer.kb());
        this.mentions = new MentionFinder(gazetteer, nouns);
        this.gazetteer = gazetteer;
        this.known = new KnownActors(gazetteer.kb(), TitleSectors.load(), nouns, memory);
    }

    /** Extracts from a text of unknown date. */
    public Result extract(NlpDocument doc) {
        return extract(doc, null);
    }

    /**
     * Extracts from a text.
     *
     * @param day the article's date, which picks the offices people held; null when unknown
     */
    public Result extract(NlpDocument doc, LocalDate day) {
        Linking linking = new EntityLinker(doc, mentions.find(doc), gazetteer, known, day).link();
        List<QuoteFinder.Found> found = new DescribedSpeakers(doc, linking.entities)
                .resolve(new QuoteFinder(linking).find());
        linkFirstPerson(linking, found);
        inheritAffiliations(linking, found);
        known.sectors(linking.entities);

        List<EntityBuilder> entities = new ArrayList<>(linking.entities);
        entities.removeIf(e -> e.mentions.isEmpty());
        entities.sort(Comparator.comparing(e -> e.mentions.first()));
        for (int i = 0; i < entities.size(); i++) {
            entities.get(i).id = "e" + (i + 1);
        }
        List<Quote> quotes = new ArrayList<>();
        for (QuoteFinder.Found f : found) {
            EntityBuilder who = f.speaker() == null ? null : f.speaker().entity();
            quotes.add(new Quote(f.content(), doc.textOf(f.content()), f.direct(),
                    who == null ? null : who.id, who == null ? null : who.name, f.cue(), f.cueSpan(),
                    f.speaker() == null ? null : f.speaker().span()));
        }
        return new Result(entities.stream().map(EntityBuilder::build).toList(), quotes);
    }

    /** "I", "my", "me" inside a direct quote are its speaker. */
    private static void linkFirstPerson(Linking linking, List<QuoteFinder.Found> found) {
        for (Mention m : linking.mentions) {
            if (m.kind() != Mention.Kind.PRONOUN || !Lexicon.FIRST_PERSON.contains(Lexicon.lc(m.name()))) {
                continue;
            }
            for (QuoteFinder.Found f : found) {
                if (f.direct() && f.content().contains(m.span()) && f.speaker() != null
                        && f.speaker().entity() != null && f.speaker().entity().type == EntityType.PERSON) {
                    linking.link.put(m, f.speaker().entity());
                    f.speaker().entity().mentions.add(m.span());
                    break;
                }
            }
        }
    }

    /**
     * A person with a title but no stated affiliation, named inside the quote of someone who has one, shares it:
     * "My colleague Anita Anand, the defence minister" said by Canada's foreign minister is Canada's minister.
     */
    private static void inheritAffiliations(Linking linking, List<QuoteFinder.Found> found) {
        for (EntityBuilder e : linking.entities) {
            if (e.type != EntityType.PERSON || e.affiliation != null || e.titles.isEmpty()) {
                continue;
            }
            for (QuoteFinder.Found f : found) {
                EntityBuilder speaker = f.speaker() == null ? null : f.speaker().entity();
                if (speaker == null || speaker == e || speaker.affiliation == null) {
                    continue;
                }
                Span first = e.mentions.first();
                if (f.content().contains(first)) {
                    e.affiliation = speaker.affiliation;
                    e.country = speaker.country;
                    break;
                }
            }
        }
    }
}
