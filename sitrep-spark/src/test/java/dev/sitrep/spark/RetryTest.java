package dev.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks that fail after handing on their rows and are retried by Spark leave no duplicates. */
class RetryTest {

    @TempDir
    Path tmp;

    @Test
    void retriedTasksLeaveNoDuplicates() throws Exception {
        StringBuilder lines = new StringBuilder();
        String[] places = {"Narva", "Tartu", "Riga", "Vilnius", "Kaunas", "Gdansk"};
        for (int i = 0; i < places.length; i++) {
            lines.append("{\"id\":\"b").append(i).append("\",\"published\":\"2024-05-1").append(i)
                    .append("\",\"text\":\"Estonia and Latvia agreed on Monday to build a rail link to ")
                    .append(places[i]).append(", the transport ministers said in a joint statement. Poland ")
                    .append("criticised the plan, Foreign Minister Radoslaw Sikorski said.\"}\n");
        }
        Path in = Files.writeString(tmp.resolve("briefs.jsonl"), lines);
        Path out = tmp.resolve("out");
        SparkSession.getDefaultSession().foreach(s -> {
            s.stop();
            return null;
        });
        SparkSession spark = SparkSession.builder().master("local[2,2]").appName("sitrep-retry-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.fs.flaky.impl", FlakyFileSystem.class.getName())
                .config("spark.hadoop.fs.flaky.impl.disable.cache", "true")
                .getOrCreate();
        Job.Report report;
        try {
            report = Job.run(spark, JobSettings.of(List.of("flaky://" + in.toAbsolutePath()), out.toString())
                    .withSplitBytes(1024).withPartitions(3));
        } finally {
            spark.stop();
        }
        assertTrue(FlakyFileSystem.FAILURES.get() >= 2, "first attempts failed: " + FlakyFileSystem.FAILURES);
        assertEquals(places.length, report.read(), report.toString());
        SparkJobTest.Embedded expected = SparkJobTest.embedded(tmp.resolve("store"), in);
        assertEquals(places.length, expected.stored());
        SparkJobTest.assertSameTables(expected.dir(), out);
    }
}
