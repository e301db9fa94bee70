package org.rehabtrack.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.rehabtrack.system.submission.SubmissionKeys;

/**
 * The site forms' posts made safe to send again (docs/field-data.md, "Offline forms"): the offline
 * forms give each record the phone saves a key of its own, sent in the field {@value #FIELD}; a
 * post that saves keeps where it led under that key ({@link SubmissionKeys}), so that the same post
 * sent again leads there (303) and saves nothing.
 */
@ApplicationScoped
public class SentForms {

    /** The form field that carries the key. */
    public static final String FIELD = "submission-key";

    private final SubmissionKeys keys;

    SentForms(SubmissionKeys keys) {
        this.keys = keys;
    }

    /** Whether the field holds a key the service keeps (an empty field is no key). */
    static boolean wellFormed(String key) {
        return SubmissionKeys.wellFormed(key);
    }

    /**
     * Runs the post unless the user sent it before with this key: then answers where it led. A post
     * saved at the same moment by a second request with the same key fails on the key kept by the
     * first, and answers as the first did.
     */
    Response once(String user, String key, Supplier<Response> post) {
        if (key == null || key.isEmpty() || !wellFormed(key)) {
            return post.get();
        }
        Optional<URI> before = keys.earlier(user, key);
        if (before.isPresent()) {
            return SeeOther.to(before.get());
        }
        try {
            return post.get();
        } catch (PersistenceException e) {
            return keys.earlier(user, key).map(SeeOther::to).orElseThrow(() -> e);
        }
    }

    /** Keeps, in the caller's transaction, where the user's post with this key led. */
    void keep(String user, String key, URI location) {
        if (wellFormed(key)) {
            keys.keep(user, key, location);
        }
    }
}
