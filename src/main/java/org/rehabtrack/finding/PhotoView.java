package org.rehabtrack.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A photo as the API lists it, with what it belongs to (a finding or a progress report); its bytes are at {@code url}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhotoView(long id, Long finding, Long progressReport, String contentType, long size, String caption,
        String url, Instant createdAt) {

    public static PhotoView of(Photo p) {
        return new PhotoView(p.getId(), p.getFinding() == null ? null : p.getFinding().getId(),
                p.getProgressReport() == null ? null : p.getProgressReport().getId(), p.getContentType(),
                p.getSizeBytes(), p.getCaption(), "/api/photos/" + p.getId(), p.getCreatedAt());
    }
}
