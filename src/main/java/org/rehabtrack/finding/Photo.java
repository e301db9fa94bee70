package org.rehabtrack.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** A photo of a finding. The bytes are a file in the photo folder, under a name the service chose. */
@Entity
public class Photo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Finding finding;

    private String contentType;
    private long sizeBytes;
    private String storageName;
    private String caption;

    @CreationTimestamp
    private Instant createdAt;

    protected Photo() {}

    Photo(Finding finding, PhotoType type, long sizeBytes, String storageName, String caption) {
        this.finding = finding;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.storageName = storageName;
        this.caption = caption == null || caption.isBlank() ? null : caption.strip();
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
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
