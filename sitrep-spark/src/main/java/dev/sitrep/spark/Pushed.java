package dev.sitrep.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The items a push-style reader ({@code reader.read(..., out)}) gives, as an iterator, so a Spark task streams them
 * instead of holding a whole WARC file's articles: the reader runs on its own thread and waits while a small queue
 * is full. An exception in the reader is thrown by {@link #hasNext}; {@link #close} stops the reader.
 */
final class Pushed<T> implements Iterator<T>, AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private Object next;
    private volatile RuntimeException failure;

    /** Thrown into the reader to unwind it when the consumer is gone. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    Pushed(String name, Consumer<Consumer<T>> reader) {
        thread = new Thread(() -> {
            try {
                reader.accept(this::put);
            } catch (Stopped e) {
                return;
            } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END) {
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
