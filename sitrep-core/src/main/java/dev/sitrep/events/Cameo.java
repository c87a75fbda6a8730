package dev.sitrep.events;

import dev.sitrep.model.Event;
import dev.sitrep.model.EventType;

/**
 * CAMEO codes and their PLOVER types. CAMEO has no modes: it codes an announced or intended cooperative act as
 * an expression of intent (03x), an intended hostile act as a threat (13x) and a refusal as a rejection (12x).
 * Sitrep keeps the act's own PLOVER type and a mode, and reports the CAMEO code CAMEO would give.
 */
public final class Cameo {

    private Cameo() {
    }

    /**
     * The event's type as CAMEO-derived data without modes codes it: an announced or intended cooperative act
     * (CAMEO 03x) is AGREE, an intended hostile act (13x) THREATEN and a refused act (12x) REJECT; any other
     * event keeps its type. PLOVER gold records coded from CAMEO, such as the PLOVER GSR, use this reading.
     */
    public static EventType withoutModes(Event event) {
        String code = event.cameo();
        if (code.startsWith("03")) {
            return EventType.AGREE;
        }
        if (code.startsWith("12")) {
            return EventType.REJECT;
        }
        if (code.startsWith("13")) {
            return EventType.THREATEN;
        }
        return event.type();
    }

    /**
     * The CAMEO code for announcing or intending the act of type {@code type} coded {@code code} (a visit, 042,
     * becomes 036; a sanction, 163, becomes 1312). Speech acts, whose intent CAMEO does not code, keep
     * {@code otherwise}.
     */
    static String intent(EventType type, String code, String otherwise) {
        return switch (type) {
            case AGREE, REQUEST, REJECT, THREATEN, ACCUSE -> otherwise;
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

    /**
     * The CAMEO code for refusing a cooperative act of type {@code type} ("will not meet" is 125); for any other
     * act, {@code otherwise}.
     */
    static String refusal(EventType type, String otherwise) {
        return switch (type) {
            case CONSULT -> "125";
            case COOPERATE -> "121";
            case AID -> "122";
            case CONCEDE, RETREAT -> "124";
            case SUPPORT, AGREE -> "120";
            default -> otherwise;
        };
    }
}
