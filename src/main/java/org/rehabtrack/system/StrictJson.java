package org.rehabtrack.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Reads request bodies as the API documents them and nothing looser: a body is one JSON value
 * (a second one, or text after it, is refused rather than ignored), and a date is YYYY-MM-DD (a
 * timestamp is refused rather than cut to its UTC date, which may be another day in Honduras).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Last, so that its date reader replaces the one Quarkus's own customizer registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new LocalDateDeserializer(DATE)));
    }
}
