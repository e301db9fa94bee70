package org.rehabtrack.sampledata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the files of {@code sample-data/} (CSV tables, and JSON where records nest), shipped inside
 * the application, into the requests the API would receive, checked with the API's own rules. A bad
 * row stops the load with its file, line and field.
 */
final class SampleFiles {

    static final String FOLDER = "sample-data/";

    private static final CsvMapper CSV =
            CsvMapper.builder()
                    .addModule(new JavaTimeModule())
                    .enable(CsvParser.Feature.TRIM_SPACES)
                    .enable(CsvParser.Feature.ALLOW_COMMENTS)
                    .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
                    .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .build();

    private final Validator validator;

    SampleFiles(Validator validator) {
        this.validator = validator;
    }

    /**
     * Every row of {@code file}, read into the request the API would receive (the columns are its
     * fields) and validated with the same rules.
     */
    <T> List<T> read(String file, Class<T> requestType) {
        ObjectReader reader =
                CSV.readerFor(requestType)
                        .with(CsvSchema.emptySchema().withHeader().withComments());
        List<T> requests = new ArrayList<>();
        try (InputStream in = open(file);
                MappingIterator<T> rows = reader.readValues(in)) {
            while (rows.hasNextValue()) {
                long line = rows.getCurrentLocation().getLineNr();
                T request = rows.nextValue();
                Set<ConstraintViolation<T>> violations = validator.validate(request);
                if (!violations.isEmpty()) {
                    throw new SampleDataException(
                            file,
                            line,
                            violations.stream()
                                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                                    .sorted()
                                    .collect(Collectors.joining("; ")));
                }
                requests.add(request);
            }
        } catch (JsonMappingException e) {
            throw new SampleDataException(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file, e);
        }
        return requests;
    }

    /**
     * Every entry of a JSON array file, read into the request the API would receive and validated.
     */
    <T> List<T> readJson(String file, ObjectMapper json, Class<T> requestType) {
        List<T> requests;
        try (InputStream in = open(file)) {
            requests =
                    json.readValue(
                            in,
                            json.getTypeFactory().constructCollectionType(List.class, requestType));
        } catch (JsonProcessingException e) {
            throw new SampleDataException(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file, e);
        }
        for (int i = 0; i < requests.size(); i++) {
            Set<ConstraintViolation<T>> violations = validator.validate(requests.get(i));
            if (!violations.isEmpty()) {
                throw new SampleDataException(
                        file,
                        0,
                        "entry "
                                + (i + 1)
                                + ": "
                                + violations.stream()
                                        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                                        .sorted()
                                        .collect(Collectors.joining("; ")));
            }
        }
        return requests;
    }

    private static InputStream open(String file) {
        InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new SampleDataException(file, 0, "the file is missing from the application");
        }
        return in;
    }
}
