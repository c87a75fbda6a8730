package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in the README's "The store" section, run in-process against a store built from {@code examples/}
 * as the first of them says: every one succeeds with an answer, and the output shown there is what comes out.
 */
class ReadmeStoreExamplesTest {

    @TempDir
    Path tmp;

    @Test
    void theStoreExamplesRunAndTheShownOutputIsTrue() throws IOException {
        Path root = projectRoot();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## The store"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> commands = block(section, "```sh\n").lines().filter(l -> l.startsWith("./sitrep ")).toList();
        assertTrue(commands.size() >= 4 && commands.get(0).startsWith("./sitrep ingest examples/"), section);

        Path data = tmp.resolve("data");
        for (String line : commands) {
            List<String> args = words(line.replaceFirst("\\s+#.*$", "").substring("./sitrep ".length()));
            args.replaceAll(a -> a.equals("examples/") ? root.resolve("examples").toString() : a);
            args.addAll(List.of("--data", data.toString()));
            Cli.Result r = Cli.run(null, args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exitCode(), line + "\n" + r.err());
            if (!args.get(0).equals("ingest")) {
                assertTrue(r.out().lines().count() >= 2, line + " printed no rows:\n" + r.out());
            }
        }

        String shown = block(section, "```\n$ ");
        String command = shown.lines().findFirst().orElseThrow();
        List<String> args = words(command.substring("./sitrep ".length()));
        args.addAll(List.of("--data", data.toString()));
        Cli.Result r = Cli.run(null, args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        String expected = shown.substring(command.length() + 1);
        assertEquals(expected, r.out() + r.err(), "the README shows what `" + command + "` prints on the examples; "
                + "update it if the extraction changed");
        assertFalse(expected.isBlank());
    }

    /** The text of the first fenced block that opens with {@code opening}, after it, up to the closing fence. */
    private static String block(String text, String opening) {
        int start = text.indexOf(opening);
        assertTrue(start >= 0, "no block opening with " + opening.strip() + " in:\n" + text);
        start += opening.length();
        int end = text.indexOf("```", start);
        return text.substring(start, end);
    }

    /** Shell words: split at blanks, 'single' and "double" quotes kept together without the quotes. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || w.length() > 0) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /** The project root; Maven runs tests in the module folder, an IDE often at the root. */
    private static Path projectRoot() {
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(here.resolve(".."), here)) {
            if (Files.isRegularFile(candidate.resolve("README.md"))
                    && Files.isDirectory(candidate.resolve("examples"))) {
                return candidate.normalize();
            }
        }
        throw new AssertionError("no README.md and examples/ next to " + here);
    }
}
