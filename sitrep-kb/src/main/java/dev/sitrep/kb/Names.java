package dev.sitrep.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys that make the spellings of one name meet: {@link #fold} drops case, accents and punctuation; {@link #loose}
 * also makes common transliteration variants one ("Zelenskyy", "Zelenskiy", "Zelensky"; "Oleksii", "Oleksiy";
 * "Sergei", "Sergey"; "Aleksei", "Alexei").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** Lower case, accents and punctuation dropped, words separated by one space: "Recep Tayyip Erdoğan" to "recep tayyip erdogan". */
    public static String fold(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 128;
        }
        String s = name;
        if (!ascii) {
            StringBuilder plain = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                switch (c) {
                    case 'ø', 'Ø' -> plain.append('o');
                    case 'ł', 'Ł' -> plain.append('l');
                    case 'đ', 'Đ' -> plain.append('d');
                    case 'ı' -> plain.append('i');
                    case 'ß' -> plain.append("ss");
                    case 'æ', 'Æ' -> plain.append("ae");
                    case '\u2019', '\u2018', '\u02bc' -> { } // O'Brien, Ba'ath: one word
                    default -> plain.append(c);
                }
            }
            s = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        }
        // lower case; every run of what is not a letter or digit one space; apostrophes dropped
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** {@link #fold} with transliteration variants made one, word by word. */
    public static String loose(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : fold(name).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            b.append(b.length() > 0 ? " " : "").append(looseWord(w));
        }
        return b.toString();
    }

    private static String looseWord(String w) {
        String v = w.replace("ks", "x").replace("kh", "h");
        int n = v.length();
        if (n >= 2) {
            String end = v.substring(n - 2);
            if (end.equals("iy") || end.equals("yi") || end.equals("ii") || end.equals("yy") || end.equals("ij")
                    || end.equals("ei") || end.equals("ey")) {
                v = v.substring(0, n - 2) + "y";
            } else if (v.charAt(n - 1) == 'i' && "aeiouy".indexOf(v.charAt(n - 2)) < 0) {
                v = v.substring(0, n - 1) + "y";
            }
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (i == 0 || c != v.charAt(i - 1)) {
                b.append(c); // doubled letters are single: "Zelenskyy", "Kobolyev"
            }
        }
        return b.toString();
    }

    /**
     * The forms of a name's family name to look a surname-only mention up by: the last word ("Putin"), the last
     * whitespace-separated part when it holds several words ("Mlambo-Ngcuka", "el-Sisi" and "Sisi"), and a
     * particle with what follows ("von der Leyen"). With {@code familyFirst} ("Xi Jinping"), the first word.
     */
    public static List<String> surnameKeys(String name, boolean familyFirst) {
        List<String> out = new ArrayList<>();
        String[] parts = SPACES.split(name.strip());
        if (parts.length < 2) {
            return out;
        }
        if (familyFirst) {
            out.add(loose(parts[0]));
            return out;
        }
        String last = loose(parts[parts.length - 1]);
        out.add(last);
        int space = last.lastIndexOf(' ');
        if (space > 0) {
            out.add(last.substring(space + 1));
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (Character.isLowerCase(parts[i].charAt(0))) {
                // "von der Leyen", "bin Salman", "da Silva"
                out.add(loose(String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length))));
                break;
            }
        }
        return out;
    }
}
