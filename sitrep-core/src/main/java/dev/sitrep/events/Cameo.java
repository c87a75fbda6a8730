package dev.sitrep.events;

import dev.sitrep.model.EventType;
import java.util.Map;

/**
 * CAMEO codes and their PLOVER types. CAMEO has no modes: it codes an announced or intended cooperative act as
 * an expression of intent (03x), an intended hostile act as a threat (13x) and a refusal as a rejection (12x).
 * Sitrep keeps the act's own PLOVER type and a mode, and reports the CAMEO code CAMEO would give.
 */
public final class Cameo {

    private Cameo() {
    }

    /** The PLOVER type of each CAMEO root (two digits). */
    private static final Map<String, EventType> ROOTS = Map.ofEntries(
            Map.entry("02", EventType.REQUEST), Map.entry("03", EventType.AGREE),
            Map.entry("04", EventType.CONSULT), Map.entry("05", EventType.SUPPORT),
            Map.entry("06", EventType.COOPERATE), Map.entry("07", EventType.AID),
            Map.entry("08", EventType.CONCEDE), Map.entry("09", EventType.ACCUSE),
            Map.entry("10", EventType.REQUEST), Map.entry("11", EventType.ACCUSE),
            Map.entry("12", EventType.REJECT), Map.entry("13", EventType.THREATEN),
            Map.entry("14", EventType.PROTEST), Map.entry("15", EventType.MOBILIZE),
            Map.entry("16", EventType.SANCTION), Map.entry("17", EventType.COERCE),
            Map.entry("18", EventType.ASSAULT), Map.entry("19", EventType.ASSAULT),
            Map.entry("20", EventType.ASSAULT));

    /**
     * The PLOVER type a CAMEO code maps to, or null for a code outside the table (01, public statements, has
     * none). Within root 08, returns and releases (084-087, 0813, 0814) are RETREAT; within 19, blockades and
     * occupation (191, 192) are COERCE; within 17, destroying property (1712) and violent repression (175) are
     * ASSAULT.
     */
    public static EventType ploverType(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        if (code.startsWith("08") && code.length() >= 3 && code.charAt(2) >= '4') {
            return EventType.RETREAT;
        }
        if (code.startsWith("0813") || code.startsWith("0814")) {
            return EventType.RETREAT;
        }
        if (code.startsWith("191") || code.startsWith("192")
                || code.startsWith("17") && !code.startsWith("1712") && !code.startsWith("175")) {
            return EventType.COERCE;
        }
        if (code.startsWith("1712") || code.startsWith("175")) {
            return EventType.ASSAULT;
        }
        return ROOTS.get(code.substring(0, 2));
    }

    /** The CAMEO code for announcing or intending the act coded {@code code} (a visit, 042, becomes 036). */
    static String intent(EventType type, String code) {
        return switch (type) {
            case AGREE, REQUEST, REJECT, THREATEN, ACCUSE -> code;
            case CONSULT -> code.startsWith("045") ? "039" : "036";
            case SUPPORT -> "032";
            case COOPERATE -> switch (code) {
                case "061" -> "0311";
                case "062" -> "0312";
                case "063" -> "0313";
                case "064" -> "0314";
                default -> "031";
            };
            case AID -> switch (code) {
                case "071" -> "0331";
                case "072" -> "0332";
                case "073" -> "0333";
                case "074" -> "0334";
                default -> "033";
            };
            case CONCEDE -> "035";
            case RETREAT -> code.startsWith("087") ? "0356" : code.startsWith("084") ? "0353" : "035";
            case PROTEST -> "133";
            case SANCTION -> switch (code.length() >= 3 ? code.substring(0, 3) : code) {
                case "161" -> "1313";
                case "162" -> "1311";
                case "163" -> "1312";
                case "164" -> "134";
                case "165" -> "135";
                case "166" -> "136";
                default -> "131";
            };
            case COERCE -> switch (code) {
                case "1723" -> "1323";
                case "1724" -> "1324";
                case "172" -> "132";
                case "191" -> "1381";
                case "192" -> "1382";
                default -> "137";
            };
            case MOBILIZE, ASSAULT -> "138";
        };
    }

    /** The CAMEO code for refusing the cooperative act coded {@code code} ("will not meet" is 125). */
    static String refusal(EventType type, String code) {
        return switch (type) {
            case CONSULT -> "125";
            case COOPERATE -> "121";
            case AID -> "122";
            case CONCEDE, RETREAT -> "124";
            case SUPPORT, AGREE -> "120";
            default -> code;
        };
    }
}
