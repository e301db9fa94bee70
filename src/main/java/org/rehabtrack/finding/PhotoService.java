package org.rehabtrack.finding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Photos of findings and of the works: checked, written anew, stored, served and removed. Every
 * upload is decoded and written again by {@link PhotoEncoder} before anything is recorded, so no
 * byte the client sent is ever stored or served.
 */
@ApplicationScoped
public class PhotoService {

    private final PhotoRepository photos;
    private final PhotoStorage storage;
    private final PhotoEncoder encoder;
    private final FindingService findings;
    private final CenterService centers;
    private final EntityManager em;
    private final long maxBytes;

    PhotoService(
            PhotoRepository photos,
            PhotoStorage storage,
            PhotoEncoder encoder,
            FindingService findings,
            CenterService centers,
            EntityManager em,
            PhotoConfig config) {
        this.photos = photos;
        this.storage = storage;
        this.encoder = encoder;
        this.findings = findings;
        this.centers = centers;
        this.em = em;
        this.maxBytes = config.maxSize().asLongValue();
    }

    /**
     * Checks an upload and writes it anew (CPU work, done by every caller before the transaction
     * that records it): present, not empty, within the size limit (413), a decodable JPEG or PNG
     * whatever its first bytes say (415), of no more pixels than allowed (413). The caller closes
     * what it answers; what was not stored is removed then.
     */
    public PreparedPhoto prepare(Path upload) {
        if (upload == null) {
            throw Refusal.invalidField("file", "photo.fileRequired");
        }
        long size = size(upload);
        if (size > maxBytes) {
            throw Refusal.refused(Reason.TOO_LARGE, "photo.tooLarge", size, maxBytes);
        }
        if (size == 0) {
            throw Refusal.invalidField("file", "photo.empty");
        }
        Path photo = storage.temporary();
        Path thumbnail = null;
        try {
            thumbnail = storage.temporary();
            return new PreparedPhoto(photo, thumbnail, encoder.encode(upload, photo, thumbnail));
        } catch (RuntimeException e) {
            deleteQuietly(photo);
            deleteQuietly(thumbnail);
            throw e;
        }
    }

    /**
     * Adds a photo to a finding: written anew first, then recorded. Nothing is stored when it is
     * refused.
     */
    public PhotoView add(long findingId, Path upload, String caption) {
        try (PreparedPhoto prepared = prepare(upload)) {
            return QuarkusTransaction.joiningExisting()
                    .call(() -> add(findingId, prepared, caption));
        }
    }

    /** Adds a photo already written anew to a finding. */
    @Transactional
    public PhotoView add(long findingId, PreparedPhoto prepared, String caption) {
        Finding finding = findings.lockedFinding(findingId);
        Photo photo = Photo.ofFinding(finding, prepared, storage.store(prepared), caption);
        photos.persistAndFlush(photo);
        centers.recordsChanged(finding.getCenter().getId());
        return PhotoView.of(photo);
    }

    /**
     * Adds a photo already written anew to a progress report, which the works feature has found
     * (progress reports are never deleted).
     */
    @Transactional
    public PhotoView addToProgress(long reportId, PreparedPhoto prepared, String caption) {
        Photo photo = Photo.ofProgress(reportId, prepared, storage.store(prepared), caption);
        photos.persistAndFlush(photo);
        return PhotoView.of(photo);
    }

    /** The photos of these progress reports, by report id. */
    public Map<Long, List<PhotoView>> ofReports(Collection<Long> reportIds) {
        Map<Long, List<PhotoView>> views = new HashMap<>();
        photos.ofReports(reportIds)
                .forEach((id, list) -> views.put(id, list.stream().map(PhotoView::of).toList()));
        return views;
    }

    public StoredPhoto get(long id) {
        Photo photo = cleaned(id);
        return new StoredPhoto(
                photo.getId(), photo.getContentType(), storage.resolve(photo.getStorageName()), "");
    }

    /** A photo's thumbnail. */
    public StoredPhoto thumbnail(long id) {
        Photo photo = cleaned(id);
        return new StoredPhoto(
                photo.getId(),
                PhotoType.JPEG.mediaType(),
                storage.resolve(photo.getThumbnailName()),
                "-thumbnail");
    }

    @Transactional
    public void delete(long id) {
        Photo photo = photo(id);
        storage.deleteAfterCommit(photo);
        photos.delete(photo);
        if (photo.getFinding() != null) {
            centers.recordsChanged(photo.getFinding().getCenter().getId());
        }
    }

    /** A photo's file (or its thumbnail's) and what to say about it when serving it. */
    public record StoredPhoto(long id, String contentType, Path file, String suffix) {

        public String fileName() {
            return "photo-"
                    + id
                    + suffix
                    + (contentType.equals(PhotoType.PNG.mediaType()) ? ".png" : ".jpg");
        }

        /** The file's size, read when served: a photo cleaned meanwhile has another. */
        public long size() {
            return PhotoService.size(file);
        }
    }

    /**
     * A photo that the service has written anew. One stored before photos were (it has no thumbnail
     * yet) is kept but never served, as its file may still carry the camera's GPS position: until
     * {@link StoredPhotoCleaning} has written it anew, it answers 404.
     */
    private Photo cleaned(long id) {
        Photo photo = photo(id);
        if (photo.getThumbnailName() == null) {
            throw Refusal.notFound("photo.notCleaned", id);
        }
        return photo;
    }

    private Photo photo(long id) {
        return photos.findWithOwner(id).orElseThrow(() -> Refusal.notFound("photo.notFound", id));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is a dot file: never served, never backed up
        }
    }
}
