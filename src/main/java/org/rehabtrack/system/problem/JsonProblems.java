package org.rehabtrack.system.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Message;
import org.rehabtrack.system.StrictJson;
import org.rehabtrack.system.Text;

/** Says what is wrong with a request body that could not be read as JSON of the expected shape. */
public final class JsonProblems {

    private JsonProblems() {}

    public static Refusal refusal(JsonProcessingException e) {
        if (e instanceof StrictJson.RefusedText refused) {
            return Refusal.invalidField(path(refused), Text.MESSAGE);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Refusal.invalidField(path(unknown), "error.unknownField");
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Refusal.invalidField(
                    path(mismatch), "error.wrongValue", expected(mismatch.getTargetType()));
        }
        if (e instanceof InvalidFormatException format) {
            return Refusal.invalidField(
                    path(format), "error.wrongValue", expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException) {
            return new Refusal(
                    Refusal.Reason.MALFORMED_REQUEST, new Message("error.wrongShape"), List.of());
        }
        return new Refusal(
                Refusal.Reason.MALFORMED_REQUEST, new Message("error.malformedJson"), List.of());
    }

    /**
     * The JSON path of the offending value: "capacity", "items[2].quantity"; a name sent with a bad
     * character, cleaned.
     */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Text.clean(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /**
     * What a field of this Java type expects, said to a person: a date, a number, one of a list.
     */
    private static Message expected(Class<?> target) {
        if (target == null) {
            return new Message("format.value");
        }
        if (target.isEnum()) {
            String names =
                    Arrays.stream(target.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
            return new Message("format.oneOf", names);
        }
        if (target == LocalDate.class) {
            return new Message("format.date");
        }
        if (target == Boolean.class || target == boolean.class) {
            return new Message("format.boolean");
        }
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == short.class
                || target == BigInteger.class) {
            return new Message("format.integer");
        }
        if (target == BigDecimal.class
                || Number.class.isAssignableFrom(target)
                || target.isPrimitive()) {
            return new Message("format.number");
        }
        if (target == String.class) {
            return new Message("format.text");
        }
        return new Message("format.value");
    }
}
