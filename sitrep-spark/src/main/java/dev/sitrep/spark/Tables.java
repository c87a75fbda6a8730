package dev.sitrep.spark;

import dev.sitrep.store.Schema;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The store's tables as Spark sees them: each {@link Schema} column with its Spark type (VARCHAR a string, DATE a
 * date, TIMESTAMP a timestamp without time zone, VARCHAR[] an array of strings, DECIMAL(38, 4) a decimal), so the
 * Parquet files read back as the store's tables. Rows are given to Spark as {@code Rows} makes them.
 */
final class Tables {

    /** The tables partitioned by day in the output: the ones read by date most. */
    static final List<String> BY_DAY = List.of("articles", "quotes", "events");

    /** The bad records, a row each: where (file, and line or byte offset when known), why, and at which stage. */
    static final StructType REJECTS = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("line", DataTypes.LongType)
            .add("byte_offset", DataTypes.LongType)
            .add("reason", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, false);

    private Tables() {
    }

    static StructType schema(String table) {
        StructType schema = new StructType();
        for (Schema.Column c : Schema.columns(table)) {
            schema = schema.add(c.name(), type(c.type()), c.nullable());
        }
        return schema;
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "VARCHAR" -> DataTypes.StringType;
            case "BIGINT" -> DataTypes.LongType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "TIMESTAMP" -> DataTypes.TimestampNTZType;
            case "VARCHAR[]" -> DataTypes.createArrayType(DataTypes.StringType, true);
            case "DECIMAL(38, 4)" -> DataTypes.createDecimalType(38, 4);
            default -> throw new IllegalStateException("no Spark type for the store's " + sql);
        };
    }

    /** A row of {@code Rows} as a Spark row, with {@code extra} values after its columns. */
    static Row row(Object[] values, Object... extra) {
        Object[] v = new Object[values.length + extra.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = values[i] instanceof List<?> list ? CollectionConverters.asScala(list).toSeq() : values[i];
        }
        System.arraycopy(extra, 0, v, values.length, extra.length);
        return RowFactory.create(v);
    }
}
