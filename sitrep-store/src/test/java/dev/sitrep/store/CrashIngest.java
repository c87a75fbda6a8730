package dev.sitrep.store;

import dev.sitrep.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The process {@link CrashTest} kills: stores generated articles into a data directory and prints
 * {@code stored <id>} on stdout after each one {@link Store#add} reports stored.
 */
public final class CrashIngest {

    private CrashIngest() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Synthetic gen = new Synthetic(Long.parseLong(args[2]), LocalDate.of(2024, 1, 1), 60);
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < count; i++) {
                Article a = gen.next(i, 8);
                Store.Added added = store.add(a);
                if (added.outcome() == Store.Outcome.STORED) {
                    System.out.println("stored " + added.articleId());
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
