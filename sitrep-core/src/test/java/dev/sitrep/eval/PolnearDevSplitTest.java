package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real PolNeAR dev split from the shared data folder; skipped where that folder is absent. */
class PolnearDevSplitTest {

    private static final Path DEV =
            Path.of(System.getProperty("sitrep.shared", "../../shared"), "datasets/polnear/data/dev");

    @Test
    void readsTheDevSplitAsItsReadmeCountsIt() {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "PolNeAR dev split not found at " + DEV);

        PolnearCorpus.Result dev = PolnearCorpus.read(DEV);

        assertEquals("[]", dev.problems().toString());
        assertEquals(84, dev.articles().size());
        // README.txt: 2,193 attributions, 2,066 with a Source, one annotator per article
        assertEquals(2193, dev.attributionCount());
        assertEquals(2066, dev.articles().stream().flatMap(a -> a.attributions().stream())
                .filter(GoldAttribution::hasSource).count());
        long direct = dev.articles().stream().mapToLong(GoldArticle::directCount).sum();
        // README.txt: 617 contents contain a quote mark; mixed ones are indirect, so fewer are direct
        assertTrue(direct > 200 && direct < 617, "direct gold attributions: " + direct);
        System.out.printf(Locale.ROOT, "PolNeAR dev: %d articles, %d attributions, %d direct (%.1f%%), %d indirect%n",
                dev.articles().size(), dev.attributionCount(), direct, 100.0 * direct / dev.attributionCount(),
                dev.attributionCount() - direct);
    }
}
