package dev.sitrep.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PositionedReadable;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.Seekable;
import org.apache.spark.TaskContext;

/**
 * The local file system as {@code flaky:///}, on which a task's first attempt fails when it closes a file it has
 * read to the end: after it has handed on every row, so the retry must not add them again.
 */
public final class FlakyFileSystem extends RawLocalFileSystem {

    /** First attempts failed so far. */
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        FSDataInputStream in = super.open(f, bufferSize);
        TaskContext task = TaskContext.get();
        if (task == null || task.attemptNumber() > 0) {
            return in;
        }
        return new FSDataInputStream(new Failing(in));
    }

    /** Fails on close. */
    private static final class Failing extends FilterInputStream implements Seekable, PositionedReadable {

        private final FSDataInputStream in;

        Failing(FSDataInputStream in) {
            super(in);
            this.in = in;
        }

        @Override
        public void close() throws IOException {
            in.close();
            FAILURES.incrementAndGet();
            throw new IllegalStateException("injected failure of a first attempt");
        }

        @Override
        public void seek(long pos) throws IOException {
            in.seek(pos);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }

        @Override
        public boolean seekToNewSource(long targetPos) throws IOException {
            return in.seekToNewSource(targetPos);
        }

        @Override
        public int read(long position, byte[] buffer, int offset, int length) throws IOException {
            return in.read(position, buffer, offset, length);
        }

        @Override
        public void readFully(long position, byte[] buffer, int offset, int length) throws IOException {
            in.readFully(position, buffer, offset, length);
        }

        @Override
        public void readFully(long position, byte[] buffer) throws IOException {
            in.readFully(position, buffer);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }
    }
}
