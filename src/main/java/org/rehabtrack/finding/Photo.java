package org.rehabtrack.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.rehabtrack.works.ProgressReport;

/**
 * A photo of a finding, or of the works at a progress report. The bytes are a file in the photo
 * folder, under a name the service chose.
 */
@Entity
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: a soft-deleted entity cannot be proxied (Hibernate checks the deleted flag on load).
    @ManyToOne(fetch = FetchType.EAGER)
    private Finding finding;

    @ManyToOne(fetch = FetchType.LAZY)
    private ProgressReport progressReport;

    private String contentType;
    private long sizeBytes;
    private String storageName;
    private String caption;

    @CreationTimestamp
    private Instant createdAt;

    protected Photo() {}

    private Photo(Finding finding, ProgressReport progressReport, PhotoType type, long sizeBytes, String storageName,
            String caption) {
        this.finding = finding;
        this.progressReport = progressReport;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.storageName = storageName;
        this.caption = caption == null || caption.isBlank() ? null : caption.strip();
    }

    static Photo ofFinding(Finding finding, PhotoType type, long sizeBytes, String storageName, String caption) {
        return new Photo(finding, null, type, sizeBytes, storageName, caption);
    }

    static Photo ofProgress(ProgressReport report, PhotoType type, long sizeBytes, String storageName,
            String caption) {
        return new Photo(null, report, type, sizeBytes, storageName, caption);
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public ProgressReport getProgressReport() {
        return progressReport;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
