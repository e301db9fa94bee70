package org.rehabtrack.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A photo as the API lists it, with what it belongs to (a finding or a progress report); its bytes
 * are at {@code url}, a small JPEG of it at {@code thumbnailUrl}. The sizes in pixels are missing
 * only for a photo stored before photos were written anew and not yet cleaned (not served).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhotoView(
        long id,
        Long finding,
        Long progressReport,
        String contentType,
        long size,
        String caption,
        String url,
        Integer width,
        Integer height,
        String thumbnailUrl,
        Integer thumbnailWidth,
        Integer thumbnailHeight,
        Instant createdAt) {

    public static PhotoView of(Photo p) {
        String url = "/api/photos/" + p.getId();
        return new PhotoView(
                p.getId(),
                p.getFinding() == null ? null : p.getFinding().getId(),
                p.getProgressReportId(),
                p.getContentType(),
                p.getSizeBytes(),
                p.getCaption(),
                url,
                p.getWidth(),
                p.getHeight(),
                url + "/thumbnail",
                p.getThumbnailWidth(),
                p.getThumbnailHeight(),
                p.getCreatedAt());
    }
}
