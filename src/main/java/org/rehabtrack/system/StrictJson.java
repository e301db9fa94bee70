package org.rehabtrack.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads request bodies as the API documents them and nothing looser: a body is one JSON value (a
 * second one, or text after it, is refused rather than ignored), and a date is YYYY-MM-DD from 1900
 * to 2199 ({@link Dates}); a timestamp is refused rather than cut to its UTC date, which may be
 * another day in Honduras. A text may not hold a character that cannot be stored and written back
 * as UTF-8 ({@link Text}). Types are not guessed: a whole number is a JSON integer (not {@code
 * 79.9}, {@code 79.0} nor {@code "79"}), a text a JSON string (not a number nor a boolean).
 * Decimals, such as money amounts and percentages, stay readable from a JSON string or number, as
 * the API documents.
 *
 * <p>PATCH bodies are read as a tree and then applied to the record's form by {@link PatchReader},
 * through these same readers, so the rules hold for them too.
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
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(
                new SimpleModule("strict-input")
                        .addDeserializer(LocalDate.class, new DateReader())
                        .addDeserializer(String.class, new TextReader()));
    }

    /**
     * A text, refused when it holds a character {@link Text} refuses (NUL, an unpaired surrogate,
     * U+FFFE, U+FFFF): whether it came from a JSON escape ({@code "\ud800"}) or from bytes that
     * decode to one.
     */
    static final class TextReader extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String text = super.deserialize(parser, context);
            if (!Text.acceptable(text)) {
                throw new RefusedText(parser, text);
            }
            return text;
        }
    }

    /**
     * A text refused for one of its characters; the problem names its field ({@link Text#MESSAGE}).
     */
    public static final class RefusedText extends InvalidFormatException {

        RefusedText(JsonParser parser, String text) {
            super(
                    parser,
                    "A text holds a character that cannot be stored (at index "
                            + Text.firstRefused(text)
                            + ")",
                    Text.clean(text),
                    String.class);
        }
    }

    /** A date from a JSON text; an empty text is no date (null), as before. */
    static final class DateReader extends StdScalarDeserializer<LocalDate> {

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            Optional<LocalDate> date = Dates.parse(text);
            if (date.isEmpty()) {
                return (LocalDate)
                        context.handleWeirdStringValue(
                                LocalDate.class, text, "not a date from 1900 to 2199");
            }
            return date.get();
        }
    }
}
