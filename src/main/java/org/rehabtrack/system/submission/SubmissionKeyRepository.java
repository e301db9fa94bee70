package org.rehabtrack.system.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The kept keys of posts ({@link SubmissionKeys}). */
@ApplicationScoped
public class SubmissionKeyRepository implements PanacheRepository<SubmissionKey> {

    /** The user's post kept under this key, if any. */
    Optional<SubmissionKey> find(String user, String key) {
        return find("username = ?1 and submissionKey = ?2", user, key).firstResultOptional();
    }
}
