package org.rehabtrack.finding;

import java.time.Instant;

/** A photo as the API lists it; its bytes are at {@code url}. */
public record PhotoView(long id, long finding, String contentType, long size, String caption, String url,
        Instant createdAt) {

    static PhotoView of(Photo p) {
        return new PhotoView(p.getId(), p.getFinding().getId(), p.getContentType(), p.getSizeBytes(), p.getCaption(),
                "/api/photos/" + p.getId(), p.getCreatedAt());
    }
}
