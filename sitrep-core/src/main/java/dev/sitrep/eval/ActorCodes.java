package dev.sitrep.eval;

import dev.sitrep.extract.Gazetteer;
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
 *   <li>an organisation of the gazetteer with a home country becomes that country: HAMAS becomes PSE, the Fed
 *       USA, Reuters GBR (CAMEO codes a national body, armed group or firm by its country, as in USAMED);</li>
 *   <li>an organisation without a home country becomes the generic code of its kind: INTERNATIONAL, ALLIANCE,
 *       FINANCIAL and COURT become IGO, NGO stays NGO, ARMED_GROUP becomes IMG, COMPANY and MEDIA become MNC
 *       (no such organisations exist in the gazetteer today, nor GOVERNMENT_BODY ones, which keep their code);</li>
 *   <li>any other code passes through unchanged, and a null code maps to nothing.</li>
 * </ul>
 */
public final class ActorCodes {

    private final Gazetteer gazetteer;

    public ActorCodes(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The gold code for Sitrep's {@code code}, or null when {@code code} is null. */
    public String toGold(String code) {
        if (code == null) {
            return null;
        }
        return gazetteer.organization(code).map(o -> o.country() != null ? o.country() : switch (o.kind()) {
            case INTERNATIONAL, ALLIANCE, FINANCIAL, COURT -> "IGO";
            case NGO -> "NGO";
            case ARMED_GROUP -> "IMG";
            case COMPANY, MEDIA -> "MNC";
            case GOVERNMENT_BODY -> code;
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
