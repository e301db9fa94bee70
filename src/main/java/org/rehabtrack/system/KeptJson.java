package org.rehabtrack.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The JSON of values that are kept between requests (a center list's items), written once each and
 * kept while the value itself is: a JSON array of a hundred kept items is then their bytes joined,
 * not a hundred values written again. Keys are held weakly and compared by value, so an item
 * replaced where it is kept drops out of here too, and the bytes are those the REST layer's own
 * mapper writes.
 */
@ApplicationScoped
public class KeptJson {

    private final Map<Object, byte[]> written = Collections.synchronizedMap(new WeakHashMap<>());
    private final ObjectMapper mapper;

    KeptJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The items as one JSON array, in their order. */
    public byte[] array(List<?> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * (items.size() + 1));
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(of(items.get(i)));
        }
        out.write(']');
        return out.toByteArray();
    }

    private byte[] of(Object item) {
        byte[] json = written.get(item);
        if (json == null) {
            try {
                json = mapper.writeValueAsBytes(item);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write " + item.getClass(), e);
            }
            written.put(item, json);
        }
        return json;
    }
}
