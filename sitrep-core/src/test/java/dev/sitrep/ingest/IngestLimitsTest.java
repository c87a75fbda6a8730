package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IngestLimitsTest {

    @Test
    void defaults() {
        IngestLimits limits = IngestLimits.defaults();
        assertEquals(1_000_000, limits.maxArticleChars());
        assertEquals(64L * 1024 * 1024, limits.maxFileBytes());
        assertEquals(6_065_536, limits.maxLineBytes());
    }

    @Test
    void limitsMustBePositiveAndNameTheirOption() {
        assertEquals("--max-article-chars must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> new IngestLimits(0, 10)).getMessage());
        assertEquals("--max-file-bytes must be between 1 and 2147483631, got -1",
                assertThrows(IllegalArgumentException.class, () -> new IngestLimits(10, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IngestLimits(10, 1L << 31));
    }

    @Test
    void lineLimitStaysWithinAnArray() {
        assertEquals(IngestLimits.LARGEST_FILE_BYTES, new IngestLimits(Integer.MAX_VALUE, 10).maxLineBytes());
    }
}
