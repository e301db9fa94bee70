package org.rehabtrack.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads request bodies as the API documents them and nothing looser: a body is one JSON value
 * (a second one, or text after it, is refused rather than ignored), and a date is YYYY-MM-DD from
 * 1900 to 2199 ({@link Dates}); a timestamp is refused rather than cut to its UTC date, which may
 * be another day in Honduras. A text may not hold the NUL character, which PostgreSQL cannot store.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that its date reader replaces the one Quarkus's own customizer registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(String.class, new TextReader()));
    }

    /** A text, refused when it holds NUL (U+0000): no one types it, and PostgreSQL refuses to store it. */
    static final class TextReader extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "holds the NUL character");
            }
            return text;
        }
    }

    /** A date from a JSON text; an empty text is no date (null), as before. */
    static final class DateReader extends StdScalarDeserializer<LocalDate> {

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            Optional<LocalDate> date = Dates.parse(text);
            if (date.isEmpty()) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date from 1900 to 2199");
            }
            return date.get();
        }
    }
}
