package dev.chancery.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.chancery.result.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** The JSON contract of DESIGN.md ("JSON output"): dates as YYYY-MM-DD, asOf null when not given. */
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

    public static String render(Result result) {
        return write(result);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
