package org.rehabtrack.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.rehabtrack.system.problem.JsonProblems;

/**
 * Applies a PATCH body to a form that holds a record's current values, then checks the result with
 * the same rules as a creation. Fields the client leaves out keep their value; a field sent as null
 * is cleared. The body's values go through the same readers as a creation's ({@link StrictJson}): a
 * text node holding a character {@link Text} refuses, a number or a boolean for a text, a fraction
 * or a text for a whole number are refused here, naming the field; no service reads a text from the
 * tree itself.
 */
@ApplicationScoped
public class PatchReader {

    private final ObjectMapper mapper;
    private final Validator validator;

    PatchReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The change a resource received as a JSON object, for its service. */
    public Patch of(ObjectNode body) {
        return new Patch(body, this::apply);
    }

    /** The change a page's form made, field by field (a null value clears the field). */
    public Patch of(java.util.Map<String, ?> fields) {
        return of((ObjectNode) mapper.valueToTree(fields));
    }

    <T> T apply(ObjectNode body, T current) {
        try {
            mapper.readerForUpdating(current).readValue(body);
        } catch (JsonProcessingException e) {
            throw JsonProblems.refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(current);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return current;
    }
}
