package dev.sitrep.events;

import dev.sitrep.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in a stretch of an article's text: a number with a currency sign or code before it ("$25
 * million", "US$1.5 billion", "C$50m", "€10 million", "EUR 100 million", "£3bn") or a currency word after it
 * ("5.1 million dollars", "50 million Canadian dollars", "100 million euros", "1.2 billion hryvnias").
 *
 * <p>A sign or code before the number decides the currency, and words after it are then not read: "$5 million
 * euro bond" is US dollars. A bare "$" is the US dollar; a "$" after letters this class does not know ("ZZ$5")
 * is no amount. "pounds" after a number is money only with a scale word ("3 billion pounds") or "sterling", and
 * not before "of": "500 pounds of explosives" and "weighed 200 pounds" are weights. Numbers with no currency
 * ("4,000 troops") and numbers in words ("a million dollars") are not amounts.
 *
 * <p>Offsets are absolute offsets into the text; amounts lie inside the window, and the characters around them
 * are read from the whole text. Stateless and thread-safe; the patterns are compiled once.
 */
public final class Amounts {

    /**
     * An amount of money.
     *
     * @param span     where the amount is, sign or currency words included
     * @param value    the amount in units of the currency: "$25 million" is 25000000
     * @param currency ISO 4217 code
     */
    public record Amount(Span span, BigDecimal value, String currency) {
    }

    private static final String CODES = "USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|HKD|UAH|RUB|CNY";
    private static final String NUMBER =
            "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!\\d|[.,]\\d)";
    private static final String SCALE =
            "(?:[\\s-]?(?<scale>(?i:thousand|million|billion|trillion|mln|bln|mn|bn|tn|m|k))\\b)?";

    /** A currency sign or code, then the number: "$25 million", "US $50m", "EUR 100 million". */
    private static final Pattern SIGN_FIRST = Pattern.compile("(?<sign>\\b(?:US|U\\.S\\.)\\s?\\$"
            + "|\\b(?:C|CA|CAN|A|AU|NZ|HK)\\$|(?<!\\p{L})\\$|[€£¥₴₽]|\\b(?:" + CODES + "))\\s?"
            + NUMBER + SCALE);

    /** The number, then currency words or a code: "5.1 million dollars", "3 billion pounds", "50m CHF". */
    private static final Pattern WORDS_AFTER = Pattern.compile("(?<![\\p{L}\\d.,$€£¥₴₽])" + NUMBER + SCALE
            + "\\s+(?<words>(?i:(?:US|U\\.S\\.|American|Canadian|Australian|New\\s+Zealand|Hong\\s+Kong)\\s+)?"
            + "(?i:dollars?|Swiss\\s+francs?|euros?|pounds?(?:\\s+sterling)?|sterling|yen|yuan"
            + "|hryvn(?:ia|ya|a)s?|r(?:o)?ubles?)|" + CODES + ")\\b");

    /** Currency words by how they begin, lower case; other dollars are US dollars, codes are themselves. */
    private static final List<Map.Entry<String, String>> WORD_CURRENCIES = List.of(
            Map.entry("canadian", "CAD"), Map.entry("australian", "AUD"), Map.entry("new", "NZD"),
            Map.entry("hong", "HKD"), Map.entry("swiss", "CHF"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("hryvn", "UAH"), Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"));

    private static final Comparator<Amount> IN_TEXT_ORDER = Comparator.comparing(Amount::span);

    private Amounts() {
    }

    /**
     * The amounts in {@code text[from, to)}, in text order, as an unmodifiable list.
     *
     * @throws IndexOutOfBoundsException if the window is not inside the text
     */
    public static List<Amount> find(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        if (!hasDigit(text, from, to)) {
            return List.of();
        }
        List<Amount> found = new ArrayList<>();
        Matcher m = SIGN_FIRST.matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            found.add(new Amount(new Span(m.start(), m.end()), value(m), signCurrency(m.group("sign"))));
        }
        int signed = found.size();
        m = WORDS_AFTER.matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String currency = wordCurrency(m.group("words"));
            boolean weight = currency.equals("GBP") && readsAsWeight(text, m);
            if (!weight && found.subList(0, signed).stream().noneMatch(a -> a.span().overlaps(span))) {
                found.add(new Amount(span, value(m), currency));
            }
        }
        if (signed > 0 && found.size() > signed) {
            found.sort(IN_TEXT_ORDER);
        }
        return List.copyOf(found);
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal value(Matcher m) {
        BigDecimal number = new BigDecimal(m.group("number").replace(",", ""));
        return m.start("scale") < 0 ? number : number.scaleByPowerOfTen(exponent(m.group("scale")));
    }

    private static int exponent(String scale) {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> 3;
            case "million", "mln", "mn", "m" -> 6;
            case "billion", "bln", "bn" -> 9;
            default -> 12;
        };
    }

    private static String signCurrency(String sign) {
        if (sign.endsWith("$")) {
            return switch (sign.charAt(0)) {
                case 'C' -> "CAD";
                case 'A' -> "AUD";
                case 'N' -> "NZD";
                case 'H' -> "HKD";
                default -> "USD";
            };
        }
        return switch (sign) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            case "₴" -> "UAH";
            case "₽" -> "RUB";
            default -> sign;
        };
    }

    private static String wordCurrency(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : WORD_CURRENCIES) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return w.contains("dollar") ? "USD" : words;
    }

    /** "pounds" without a scale or "sterling", or before "of": a weight ("500 pounds of explosives"). */
    private static boolean readsAsWeight(String text, Matcher m) {
        String words = m.group("words");
        if (Character.toLowerCase(words.charAt(0)) != 'p' || words.toLowerCase(Locale.ROOT).endsWith("sterling")) {
            return false;
        }
        int i = m.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean beforeOf = i > m.end() && text.regionMatches(true, i, "of", 0, 2)
                && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
        return m.start("scale") < 0 || beforeOf;
    }
}
