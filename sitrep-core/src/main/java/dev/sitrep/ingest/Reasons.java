package dev.sitrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Wording of input problems shared by the readers. */
final class Reasons {

    static final String NO_SUCH_FILE = "no such file or directory";

    private Reasons() {
    }

    /** What went wrong reading, in words, without a stack trace. */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NO_SUCH_FILE;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String message = e.getMessage();
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : oneLine(message));
    }

    static String overArticleLimit(int chars, int limit) {
        return "article is " + chars + " characters, over the limit of " + limit + " (--max-article-chars)";
    }

    /** The first line of a message, trimmed, control characters shown as {@code ?}, cut to 300 characters. */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            line.append(c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        String trimmed = line.toString().trim();
        return trimmed.length() <= 300 ? trimmed : trimmed.substring(0, 300) + "...";
    }
}
