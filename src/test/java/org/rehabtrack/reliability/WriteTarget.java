package org.rehabtrack.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A write endpoint of the API as the campaign attacks it: its method and documented path, a
 * concrete address, and a valid request to spoil, built afresh for each case (with the current
 * version, a new code) so that an accepted case never spoils the next one.
 *
 * @param endpoint the method and path as the API description lists them: "PATCH
 *     /api/milestones/{id}"
 * @param address the concrete address of an existing record
 * @param valid a valid JSON body, for a JSON endpoint; null otherwise
 * @param upload the name of a valid file part's content, for a multipart endpoint; null otherwise
 * @param user who sends it (HTTP Basic)
 * @param positive the fields (as the campaign names them: "amount.amount") whose amount must be
 *     more than zero, so that zero and negative amounts must be refused there
 */
record WriteTarget(
        String endpoint,
        Supplier<String> address,
        Supplier<ObjectNode> valid,
        Upload upload,
        String user,
        Set<String> positive) {

    enum Upload {
        PHOTO,
        WORKBOOK,
        /** A workbook read by its bytes only (a copy to check): no row limit applies. */
        WORKBOOK_COPY
    }

    WriteTarget(
            String endpoint,
            Supplier<String> address,
            Supplier<ObjectNode> valid,
            Upload upload,
            String user) {
        this(endpoint, address, valid, upload, user, Set.of());
    }

    /** The same target, with amounts that must be more than zero. */
    WriteTarget positive(String... fields) {
        return new WriteTarget(endpoint, address, valid, upload, user, Set.of(fields));
    }

    String method() {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    /** Whether the address carries a numeric id or a code that a bad one can replace. */
    boolean addressed() {
        return endpoint.contains("{");
    }
}
