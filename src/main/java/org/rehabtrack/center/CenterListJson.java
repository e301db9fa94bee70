package org.rehabtrack.center;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The center list's JSON, center by center, kept between requests while it holds: a center's is
 * written again when its {@link CenterStamp} moved (the center, any of its records, its
 * institution), when an exchange rate was recorded, or on a new day. The stamps are read from the
 * database for every page, so an instance shows at once a change made through another; only the
 * centers whose stamp moved are read whole, rolled up and written. A page of a hundred unchanged
 * centers costs one query of their stamps, instead of a hundred entities and their JSON.
 */
@ApplicationScoped
class CenterListJson {

    private record Kept(CenterStamp stamp, String rates, LocalDate day, RawValue json) {}

    private final ConcurrentMap<Long, Kept> kept = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    CenterListJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Each center of the page as JSON, in the page's order. {@code views} gives, by id, the views
     * of the centers whose JSON is not kept (a center removed meanwhile is left out). Whatever they
     * are read at is newer than the stamps, so keeping them under the stamps is safe: a stamp read
     * again equal means nothing changed since.
     */
    List<RawValue> of(
            List<CenterStamp> page,
            String rates,
            LocalDate day,
            Function<Collection<Long>, Map<Long, CenterView>> views) {
        Map<Long, RawValue> json = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (CenterStamp stamp : page) {
            Kept k = kept.get(stamp.id());
            if (k != null
                    && k.stamp().equals(stamp)
                    && k.rates().equals(rates)
                    && k.day().equals(day)) {
                json.put(stamp.id(), k.json());
            } else {
                missing.add(stamp.id());
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, CenterView> read = views.apply(missing);
            for (CenterStamp stamp : page) {
                CenterView view = read.get(stamp.id());
                if (view != null) {
                    // Its UTF-8 bytes are encoded once, then copied into each response.
                    RawValue written = new RawValue(encoded(write(view)));
                    json.put(stamp.id(), written);
                    kept.put(stamp.id(), new Kept(stamp, rates, day, written));
                }
            }
        }
        List<RawValue> items = new ArrayList<>(page.size());
        for (CenterStamp stamp : page) {
            RawValue item = json.get(stamp.id());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The item's JSON, encoded to UTF-8 now (the bytes are kept for every later answer): a stored
     * text that cannot be encoded, such as half a surrogate pair, fails here as the service's own
     * fault, not later inside the serializer, where it would be taken for a malformed request.
     */
    private static SerializedString encoded(String json) {
        SerializedString encoded = new SerializedString(json);
        try {
            encoded.asUnquotedUTF8();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored text cannot be written as UTF-8", e);
        }
        return encoded;
    }

    private String write(CenterView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
