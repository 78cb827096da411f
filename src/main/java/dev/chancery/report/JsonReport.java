package dev.chancery.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

/** The JSON contract of docs/semantics.md ("JSON output"): dates as YYYY-MM-DD, asOf null when not given. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = mapper();

    private JsonReport() {
    }

    public static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        return new ObjectMapper().registerModule(dates).enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static String write(Object value) {
        StringWriter text = new StringWriter();
        try {
            writeTo(value, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * {@code value} as {@link #write} gives it, written straight to {@code out}, which stays open: a
     * million events' result is half a gigabyte of JSON, not worth holding as one string first.
     */
    public static void writeTo(Object value, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            MAPPER.writeValue(json, value);
        }
        out.write("\n");
    }
}
