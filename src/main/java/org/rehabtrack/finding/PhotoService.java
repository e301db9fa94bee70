package org.rehabtrack.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rehabtrack.works.ProgressReport;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.ProblemType;

/** Photos of findings: checked, stored, served and removed. */
@ApplicationScoped
public class PhotoService {

    private final PhotoRepository photos;
    private final PhotoStorage storage;
    private final FindingService findings;
    private final long maxBytes;

    PhotoService(PhotoRepository photos, PhotoStorage storage, FindingService findings, PhotoConfig config) {
        this.photos = photos;
        this.storage = storage;
        this.findings = findings;
        this.maxBytes = config.maxSize().asLongValue();
    }

    /**
     * Adds a photo to a finding. Only JPEG and PNG are taken, recognised by their first bytes;
     * anything larger than the limit is refused. Nothing is stored when it is refused.
     */
    @Transactional
    public PhotoView add(long findingId, Path upload, String caption) {
        Finding finding = findings.finding(findingId);
        return store(upload, (type, size, name) -> Photo.ofFinding(finding, type, size, name, caption));
    }

    /** Adds a photo of the works to a progress report, with the same checks as a finding's. */
    @Transactional
    public PhotoView addToProgress(ProgressReport report, Path upload, String caption) {
        return store(upload, (type, size, name) -> Photo.ofProgress(report, type, size, name, caption));
    }

    public List<PhotoView> ofProgress(ProgressReport report) {
        return photos.of(report).stream().map(PhotoView::of).toList();
    }

    /** How a checked and stored upload becomes a photo of its owner. */
    private interface Owner {
        Photo photo(PhotoType type, long size, String storageName);
    }

    /** Checks an upload (present, not empty, within the limit, JPEG or PNG) and stores it for its owner. */
    private PhotoView store(Path upload, Owner owner) {
        if (upload == null) {
            throw ApiException.invalidField("file", "photo.fileRequired");
        }
        long size = size(upload);
        if (size > maxBytes) {
            throw ApiException.refused(ProblemType.TOO_LARGE, "photo.tooLarge", size, maxBytes);
        }
        if (size == 0) {
            throw ApiException.invalidField("file", "photo.empty");
        }
        PhotoType type = PhotoType.recognise(head(upload))
                .orElseThrow(() -> ApiException.refused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "photo.notAnImage"));
        Photo photo = owner.photo(type, size, storage.store(upload, type));
        photos.persistAndFlush(photo);
        return PhotoView.of(photo);
    }

    public StoredPhoto get(long id) {
        Photo photo = photo(id);
        return new StoredPhoto(photo.getId(), photo.getContentType(), photo.getSizeBytes(),
                storage.resolve(photo.getStorageName()));
    }

    @Transactional
    public void delete(long id) {
        Photo photo = photo(id);
        storage.deleteAfterCommit(photo.getStorageName());
        photos.delete(photo);
    }

    /** A photo's file and what to say about it when serving it. */
    public record StoredPhoto(long id, String contentType, long size, Path file) {

        public String fileName() {
            return "photo-" + id + (contentType.equals(PhotoType.PNG.mediaType()) ? ".png" : ".jpg");
        }
    }

    private Photo photo(long id) {
        return photos.findWithOwner(id).orElseThrow(() -> ApiException.notFound("photo.notFound", id));
    }

    private static long size(Path upload) {
        try {
            return Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path upload) {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(PhotoType.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
