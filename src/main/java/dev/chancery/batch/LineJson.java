package dev.chancery.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chancery.report.JsonReport;
import dev.chancery.result.Result;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact JSON of batch lines, byte for byte what Jackson writes (a test checks it), but faster:
 * every item of a base world's result (each entity, relation, conclusion and warning) is serialized
 * once, and a scenario's result, which shares every item its scenario did not touch
 * (ResultReader.patch), reuses those bytes by identity. One per worker thread.
 */
final class LineJson {
    static final ObjectMapper PLAIN = JsonReport.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final byte[] COMMA = {','};

    private final Map<Object, byte[]> rendered = new IdentityHashMap<>();

    /** Serializes the items of {@code base} once, for the results that share them. */
    void remember(Result base) {
        for (List<?> items : List.of(base.entities(), base.relations(), base.conclusions(), base.warnings())) {
            items.forEach(item -> rendered.computeIfAbsent(item, LineJson::plain));
        }
    }

    /** Drops what {@link #remember} kept of {@code base} (its session was dropped, and is built anew). */
    void forget(Result base) {
        for (List<?> items : List.of(base.entities(), base.relations(), base.conclusions(), base.warnings())) {
            items.forEach(rendered::remove);
        }
    }

    /**
     * The line as one line of JSON with its newline, in this writer's buffer (valid until the next call):
     * a line of a whole result is about 64 KB, and a batch writes thousands a second.
     */
    Buffer write(BatchLine line) {
        buffer.reset();
        if (line.result() == null) {
            buffer.writeBytes(plain(line));
        } else {
            // the result is the last property written when there is one (record order; changes and error are null)
            byte[] head = plain(new BatchLine(line.index(), line.id(), line.name(), line.input(), line.ok(), line.timeMs(), null,
                    null, null));
            buffer.write(head, 0, head.length - 1);
            text(buffer, ",\"result\":");
            write(line.result(), buffer);
            text(buffer, "}");
        }
        text(buffer, "\n");
        return buffer;
    }

    byte[] write(Result result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(result, out);
        return out.toByteArray();
    }

    /** A byte buffer whose bytes can be written out without a copy. */
    static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(128 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }

    private final Buffer buffer = new Buffer();

    private void write(Result result, ByteArrayOutputStream out) {
        text(out, "{\"asOf\":" + (result.asOf() == null ? "null" : "\"" + result.asOf() + "\""));
        text(out, ",\"entities\":");
        array(result.entities(), out);
        text(out, ",\"relations\":");
        array(result.relations(), out);
        text(out, ",\"conclusions\":");
        array(result.conclusions(), out);
        text(out, ",\"warnings\":");
        array(result.warnings(), out);
        text(out, "}");
    }

    private void array(List<?> items, ByteArrayOutputStream out) {
        text(out, "[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(COMMA, 0, 1);
            }
            byte[] known = rendered.get(items.get(i));
            out.writeBytes(known != null ? known : plain(items.get(i)));
        }
        text(out, "]");
    }

    private static void text(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] plain(Object value) {
        try {
            return PLAIN.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
