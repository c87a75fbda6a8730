package dev.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A row of plain values (String, Long or null) packed into one binary doc value. A listing reads its rows from
 * doc values rather than stored fields: stored fields are compressed in blocks of many documents, so reading a
 * page of small rows would decompress many blocks of whole articles.
 */
final class Packed {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;

    private Packed() {
    }

    static BytesRef pack(List<?> values) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(values.size());
            for (Object v : values) {
                if (v == null) {
                    out.writeByte(NULL);
                } else if (v instanceof Long || v instanceof Integer) {
                    out.writeByte(LONG);
                    out.writeZLong(((Number) v).longValue());
                } else {
                    out.writeByte(STRING);
                    out.writeString(v.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // writes to memory
        }
        return new BytesRef(out.toArrayCopy());
    }

    static List<Object> unpack(BytesRef packed) {
        ByteArrayDataInput in = new ByteArrayDataInput(packed.bytes, packed.offset, packed.length);
        try {
            int n = in.readVInt();
            List<Object> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte tag = in.readByte();
                switch (tag) {
                    case NULL -> values.add(null);
                    case LONG -> values.add(in.readZLong());
                    case STRING -> values.add(in.readString());
                    default -> throw new IllegalStateException("not a packed row: tag " + tag);
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reads from memory
        }
    }

    /**
     * The rows packed under {@code field} of the documents {@code docs[from..]}, in their order (null for a
     * document without one).
     */
    static List<List<Object>> read(IndexSearcher searcher, ScoreDoc[] docs, int from, String field)
            throws IOException {
        int n = Math.max(0, docs.length - from);
        Integer[] byDoc = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = from + i;
        }
        // doc values iterate forwards: read in document order, answer in the given order
        Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<List<Object>> rows = new ArrayList<>(java.util.Collections.nCopies(n, null));
        int leaf = -1;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                values = DocValues.getBinary(leaves.get(l).reader(), field);
            }
            if (values.advanceExact(doc - leaves.get(l).docBase)) {
                rows.set(i - from, unpack(values.binaryValue()));
            }
        }
        return rows;
    }
}
