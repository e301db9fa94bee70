package org.rehabtrack.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * One request of the bad-input campaign: its body, made from a fresh valid body of the target (or
 * null for none), its media type, and the address if it is not the target's own. {@code
 * mustBeRefused}: the service has to answer 4xx; otherwise it may also accept the request (an empty
 * note, a name in Chinese), but never answer 5xx.
 *
 * @param name what is wrong with it, for the report
 * @param path the address to send it to; null for the target's own
 * @param chunked sent without a Content-Length, as a stream
 */
record BadInput(
        String name,
        boolean mustBeRefused,
        String contentType,
        Function<ObjectNode, byte[]> body,
        String path,
        boolean chunked,
        Map<String, String> headers) {

    static BadInput refused(String name, String contentType, Function<ObjectNode, byte[]> body) {
        return new BadInput(name, true, contentType, body, null, false, Map.of());
    }

    static BadInput allowed(String name, String contentType, Function<ObjectNode, byte[]> body) {
        return new BadInput(name, false, contentType, body, null, false, Map.of());
    }

    /** A body that does not depend on the target's valid one. */
    static Function<ObjectNode, byte[]> fixed(byte[] bytes) {
        return valid -> bytes;
    }

    BadInput at(String otherPath) {
        return new BadInput(name, mustBeRefused, contentType, body, otherPath, chunked, headers);
    }

    BadInput streamed() {
        return new BadInput(name, mustBeRefused, contentType, body, path, true, headers);
    }

    BadInput withHeader(String header, String value) {
        return new BadInput(
                name, mustBeRefused, contentType, body, path, chunked, Map.of(header, value));
    }
}
