package org.rehabtrack.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.rehabtrack.system.persistence.RefersTo;

/**
 * A photo of a finding, or of the works at a progress report. The bytes are a file in the photo
 * folder, under a name the service chose, written anew by the service (no metadata, upright, at
 * most the configured side), with a small JPEG beside it for pages. Photos stored before that have
 * no thumbnail until {@link StoredPhotoCleaning} has written them anew.
 */
@Entity
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: a soft-deleted entity cannot be proxied (Hibernate checks the deleted flag on load).
    @ManyToOne(fetch = FetchType.EAGER)
    private Finding finding;

    /** The progress report of the works the photo shows (the works feature's record), or null. */
    @Column(name = "progress_report_id")
    @RefersTo("ProgressReport")
    private Long progressReportId;

    private String contentType;
    private long sizeBytes;
    private String storageName;
    private String caption;
    private String thumbnailName;
    private Integer width;
    private Integer height;
    private Integer thumbnailWidth;
    private Integer thumbnailHeight;

    @CreationTimestamp private Instant createdAt;

    protected Photo() {}

    private Photo(
            Finding finding,
            Long progressReportId,
            PreparedPhoto prepared,
            PhotoStorage.Stored stored,
            String caption) {
        this.finding = finding;
        this.progressReportId = progressReportId;
        this.caption = caption == null || caption.isBlank() ? null : caption.strip();
        replaceFiles(prepared, stored);
    }

    static Photo ofFinding(
            Finding finding, PreparedPhoto prepared, PhotoStorage.Stored stored, String caption) {
        return new Photo(finding, null, prepared, stored, caption);
    }

    static Photo ofProgress(
            long reportId, PreparedPhoto prepared, PhotoStorage.Stored stored, String caption) {
        return new Photo(null, reportId, prepared, stored, caption);
    }

    /** Takes the files of a photo written anew (its own, cleaned, or a new upload's). */
    void replaceFiles(PreparedPhoto prepared, PhotoStorage.Stored stored) {
        PhotoEncoder.Encoded encoded = prepared.encoded();
        this.contentType = encoded.type().mediaType();
        this.sizeBytes = prepared.size();
        this.storageName = stored.name();
        this.thumbnailName = stored.thumbnailName();
        this.width = encoded.width();
        this.height = encoded.height();
        this.thumbnailWidth = encoded.thumbnailWidth();
        this.thumbnailHeight = encoded.thumbnailHeight();
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public Long getProgressReportId() {
        return progressReportId;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageName() {
        return storageName;
    }

    public String getCaption() {
        return caption;
    }

    /**
     * The thumbnail's file name; null for a photo stored before thumbnails that could not be
     * written anew.
     */
    public String getThumbnailName() {
        return thumbnailName;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Integer getThumbnailWidth() {
        return thumbnailWidth;
    }

    public Integer getThumbnailHeight() {
        return thumbnailHeight;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
