package dev.sitrep.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min_by;

import dev.sitrep.store.Keys;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The story of every article, as Spark stages: an article joins the story of the earliest article before it (in
 * {@code seq} order) with which it shares at least {@link Keys#SAME_STORY_BANDS} MinHash band keys, else it starts
 * its own. The embedded store decides this article by article as they arrive; here every article's earliest such
 * article (its parent) is found by one self-join on the band keys, and the chains of parents are followed to their
 * first article by pointer jumping, each pass halving them, so a story of n articles takes log n passes.
 */
final class Stories {

    /** More passes than any chain of parents needs: 2^40 articles. */
    private static final int MAX_PASSES = 40;

    private Stories() {
    }

    /**
     * The story of each article.
     *
     * @param articles {@code article_id}, {@code seq} and {@code story_keys} of every article
     * @return {@code article_id} and {@code story_id} of every article
     */
    static Dataset<Row> assign(Dataset<Row> articles) {
        Dataset<Row> keys = articles.select(col("article_id"), col("seq"), explode(col("story_keys")).as("key"));
        Dataset<Row> later = keys.as("n");
        Dataset<Row> earlier = keys.as("c");
        Dataset<Row> parents = later.join(earlier, col("n.key").equalTo(col("c.key"))
                        .and(col("c.seq").lt(col("n.seq"))))
                .groupBy(col("n.article_id").as("article_id"), col("c.article_id").as("candidate"),
                        col("c.seq").as("candidate_seq"))
                .agg(count("*").as("shared"))
                .filter(col("shared").geq(Keys.SAME_STORY_BANDS))
                .groupBy("article_id")
                .agg(min_by(col("candidate"), col("candidate_seq")).as("parent"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Dataset<Row> jumped = parents.as("p").join(parents.as("q"), col("p.parent").equalTo(col("q.article_id")),
                    "left").select(col("p.article_id").as("article_id"), col("p.parent").as("parent"),
                    col("q.parent").as("grandparent"));
            if (jumped.filter(col("grandparent").isNotNull()).isEmpty()) {
                break;
            }
            Dataset<Row> next = jumped.select(col("article_id"), coalesce(col("grandparent"), col("parent"))
                    .as("parent")).persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            parents.unpersist();
            parents = next;
        }
        return articles.join(parents, articles.col("article_id").equalTo(parents.col("article_id")), "left")
                .select(articles.col("article_id"), coalesce(parents.col("parent"), articles.col("article_id"))
                        .as("story_id"));
    }
}
