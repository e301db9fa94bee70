package org.rehabtrack.system;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiFunction;

/**
 * A change a client sent to a record (a PATCH body or a page's form), read by the resource or page
 * and laid over the record's current values by its service: fields left out keep their value, a
 * field sent as null is cleared ({@link PatchReader}). Services see this type, never the JSON.
 */
public final class Patch {

    private final ObjectNode body;
    private final BiFunction<ObjectNode, Object, Object> reader;

    Patch(ObjectNode body, BiFunction<ObjectNode, Object, Object> reader) {
        this.body = body;
        this.reader = reader;
    }

    /**
     * The change laid over {@code current}, a form holding the record's values, then checked with
     * the same rules as a creation; refused, naming the field, when a value is of the wrong type.
     */
    @SuppressWarnings("unchecked")
    public <T> T over(T current) {
        return (T) reader.apply(body, current);
    }

    /** Whether the change names this field, even as null. */
    public boolean sent(String field) {
        return body.has(field);
    }
}
