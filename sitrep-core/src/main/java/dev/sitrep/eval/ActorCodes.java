package dev.sitrep.eval;

import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.EntityRef;
import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Maps Sitrep's entity codes ({@link EntityRef#code()}) to the actor codes of PLOVER gold records, which use ISO
 * 3166 alpha-3 for states and CAMEO's generic codes for everything else, coding an organisation by its home
 * country when it has one:
 *
 * <ul>
 *   <li>a country code passes through: USA stays USA;</li>
 *   <li>an institution of the knowledge base with a home country becomes that country: HAMAS becomes PSE, the Fed
 *       USA, Reuters GBR (CAMEO codes a national body, armed group or firm by its country, as in USAMED);</li>
 *   <li>an institution without a home country becomes the generic code of its sector: international
 *       organisations and courts IGO, NGOs and human rights bodies NGO, international militarized and other
 *       armed groups IMG, companies and media MNC; any other keeps its code;</li>
 *   <li>any other code passes through unchanged, and a null code maps to nothing.</li>
 * </ul>
 */
public final class ActorCodes {

    private final KnowledgeBase kb;

    public ActorCodes(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
    }

    /** The gold code for Sitrep's {@code code}, or null when {@code code} is null. */
    public String toGold(String code) {
        if (code == null) {
            return null;
        }
        return kb.institution(code).map(i -> i.country() != null ? i.country() : switch (i.sector()) {
            case IGO, JUD -> "IGO";
            case NGO, HRI, NGM -> "NGO";
            case IMG, REB, UAF, SEP -> "IMG";
            case BUS, MNC, MED -> "MNC";
            default -> code;
        }).orElse(code);
    }
    /** The gold codes of these actors, each once, in alphabetical order; actors without a code are left out. */
    public SortedSet<String> toGold(Collection<EntityRef> actors) {
        SortedSet<String> codes = new TreeSet<>();
        for (EntityRef a : actors) {
            String code = toGold(a.code());
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }
}
