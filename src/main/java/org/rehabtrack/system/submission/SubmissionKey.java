package org.rehabtrack.system.submission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A post that carried a key made on the phone, and where it led: the same post sent again with the
 * key (its answer lost on the way) is sent there instead of saving anew.
 */
@Entity
@Table(name = "submission_key")
public class SubmissionKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String submissionKey;
    private String location;
    private Instant createdAt;

    protected SubmissionKey() {}

    SubmissionKey(String username, String submissionKey, String location, Instant createdAt) {
        this.username = username;
        this.submissionKey = submissionKey;
        this.location = location;
        this.createdAt = createdAt;
    }

    public String getLocation() {
        return location;
    }
}
