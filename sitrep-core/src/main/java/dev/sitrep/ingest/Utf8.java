package dev.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checks on byte arrays. */
final class Utf8 {

    private Utf8() {
    }

    /** Whether {@code bytes[from..to)} starts with the UTF-8 byte order mark EF BB BF. */
    static boolean startsWithBom(byte[] bytes, int from, int to) {
        return to - from >= 3
                && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB && bytes[from + 2] == (byte) 0xBF;
    }

    /**
     * The index in {@code bytes} of the first byte of the first malformed sequence in {@code bytes[from..to)},
     * or -1 when the range is well-formed UTF-8. Overlong forms, encoded surrogates and a sequence cut off at
     * {@code to} are malformed.
     */
    static int firstMalformed(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer scratch = CharBuffer.allocate(Math.min(8192, Math.max(16, to - from)));
        while (true) {
            CoderResult result = decoder.decode(in, scratch, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            scratch.clear();
        }
    }
}
