package dev.chancery.spark;

import dev.chancery.batch.BatchLine;
import dev.chancery.result.RelationResult;
import dev.chancery.result.ResultDiff;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The table of a batch's changes ({@code --parquet}): a row a scenario with its id, name, input digest, whether it
 * ran and its error, and what it changes from its base, as {@code --result summary} gives it: tallies, ranks and
 * relations. Analysts query it with Spark SQL or DuckDB without reading the JSON lines.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static final StructType TALLY = new StructType()
            .add("entity", DataTypes.StringType)
            .add("before", DataTypes.IntegerType)
            .add("after", DataTypes.IntegerType);

    static final StructType RANK = new StructType()
            .add("entity", DataTypes.StringType)
            .add("state", DataTypes.StringType)
            .add("before", DataTypes.IntegerType)
            .add("after", DataTypes.IntegerType)
            .add("inForceBefore", DataTypes.BooleanType)
            .add("inForceAfter", DataTypes.BooleanType);

    static final StructType RELATION = new StructType()
            .add("a", DataTypes.StringType)
            .add("b", DataTypes.StringType)
            .add("before", DataTypes.StringType)
            .add("after", DataTypes.StringType);

    static final StructType SCHEMA = new StructType()
            .add("index", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("name", DataTypes.StringType)
            .add("input", DataTypes.StringType)
            .add("ok", DataTypes.BooleanType, false)
            .add("error", DataTypes.StringType)
            .add("tallies", DataTypes.createArrayType(TALLY))
            .add("ranks", DataTypes.createArrayType(RANK))
            .add("relations", DataTypes.createArrayType(RELATION));

    /** The row of one scenario: its changes are null when it failed. */
    static Row row(BatchLine line, ResultDiff changes) {
        return RowFactory.create(line.index(), line.id(), line.name(), line.input(), line.ok(), line.error(),
                changes == null ? null : seq(changes.tallies().stream()
                        .map(t -> RowFactory.create(t.entity(), t.before(), t.after()))),
                changes == null ? null : seq(changes.recognizers().stream()
                        .map(r -> RowFactory.create(r.entity(), r.state(), r.ordinalBefore(), r.ordinalAfter(),
                                r.inForceBefore(), r.inForceAfter()))),
                changes == null ? null : seq(changes.relations().stream()
                        .map(r -> RowFactory.create(r.a(), r.b(), status(r.before()), status(r.after())))));
    }

    /** An array column's value, as Spark's rows take it: a Scala sequence. */
    private static scala.collection.immutable.Seq<Row> seq(java.util.stream.Stream<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows.toList()).toSeq();
    }

    /** "severed since 2022-07-13 (policy)": a relation's state as one text, null where there is none. */
    private static String status(RelationResult relation) {
        if (relation == null) {
            return null;
        }
        return relation.status() + (relation.since() == null ? "" : " since " + relation.since())
                + (relation.basis() == null ? "" : " (" + relation.basis() + ")");
    }
}
