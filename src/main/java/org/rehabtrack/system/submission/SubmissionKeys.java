package org.rehabtrack.system.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Posts made safe to send again: a post that carries a key of its client's making (a phone's
 * offline form, docs/field-data.md) keeps where it led under that key, in the transaction that
 * saves, so that the same post sent again, its answer lost, leads there and saves nothing. Keys are
 * the user's own: another user's post with the same key is another post.
 */
@ApplicationScoped
public class SubmissionKeys {

    /** What a phone makes: a UUID, or any key of letters, digits and dashes, 8 to 64 long. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final SubmissionKeyRepository keys;
    private final Clock clock;

    SubmissionKeys(SubmissionKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Whether a key is one this service keeps (no key at all is well formed too). */
    public static boolean wellFormed(String key) {
        return key == null || key.isEmpty() || KEY.matcher(key).matches();
    }

    /** Where the user's post with this key led, if it was saved. */
    @Transactional
    public Optional<URI> earlier(String user, String key) {
        return keys.find(user, key).map(kept -> URI.create(kept.getLocation()));
    }

    /**
     * Keeps, in the caller's transaction, where the user's post with this key led; written at once,
     * so that a second post with the key fails here and its transaction saves nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String user, String key, URI location) {
        if (key == null || key.isEmpty()) {
            return;
        }
        keys.persistAndFlush(new SubmissionKey(user, key, location.toString(), clock.instant()));
    }
}
