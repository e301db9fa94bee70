package org.rehabtrack.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.PreparedPhoto;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;

/** The photos a page's form carries: those actually chosen, at most {@value #MAX_PHOTOS}. */
final class Uploads {

    static final int MAX_PHOTOS = PhotoConfig.PER_REQUEST;

    /** The longest caption, as the photo API's {@code caption} part allows. */
    static final int MAX_CAPTION = 500;

    private Uploads() {}

    /**
     * The files chosen (a browser sends an empty part for an empty file input); too many is an
     * error.
     */
    static List<FileUpload> chosen(List<FileUpload> parts, FormErrors errors) {
        List<FileUpload> chosen =
                parts == null
                        ? List.of()
                        : parts.stream()
                                .filter(
                                        f ->
                                                f.size() > 0
                                                        || f.fileName() != null
                                                                && !f.fileName().isBlank())
                                .toList();
        if (chosen.size() > MAX_PHOTOS) {
            errors.add("photo", errors.msg().page_form_tooManyPhotos(MAX_PHOTOS));
        }
        return chosen;
    }

    /**
     * The photos' caption as typed, stripped, null when empty; longer than the API takes is an
     * error.
     */
    static String caption(String typed, FormErrors errors) {
        if (typed != null && typed.length() > MAX_CAPTION) {
            errors.add("caption", errors.msg().page_form_tooLong(MAX_CAPTION));
        }
        return FormErrors.blankToNull(typed);
    }

    /** Stores one chosen photo, already written anew, with what the form saved. */
    interface PhotoStore<T> {
        void add(T saved, PreparedPhoto photo);
    }

    /**
     * Writes each chosen photo anew first, outside the transaction (CPU work, and a photo refused
     * there refuses the form before anything is saved), then saves what the form holds and each
     * photo with it, in one transaction: a refused photo undoes the whole. Answers what was saved,
     * or nothing when the service refused it, with the refusal noted by its field (by the photo
     * field when a photo was refused).
     */
    static <T> Optional<T> saveWithPhotos(
            Supplier<T> save,
            List<FileUpload> chosen,
            PhotoService photos,
            PhotoStore<T> store,
            FormErrors errors) {
        return saveWithPhotos(save, chosen, photos, store, saved -> {}, errors);
    }

    /**
     * As {@link #saveWithPhotos(Supplier, List, PhotoService, PhotoStore, FormErrors)}, with more
     * done in the same transaction once the photos are stored ({@code alongside}: keeping a sent
     * form's key, {@link SentForms#keep}).
     */
    static <T> Optional<T> saveWithPhotos(
            Supplier<T> save,
            List<FileUpload> chosen,
            PhotoService photos,
            PhotoStore<T> store,
            java.util.function.Consumer<T> alongside,
            FormErrors errors) {
        List<PreparedPhoto> prepared = new ArrayList<>();
        try {
            try {
                for (FileUpload file : chosen) {
                    prepared.add(photos.prepare(file.uploadedFile()));
                }
            } catch (Refusal e) {
                errors.refused(e, "photo");
                return Optional.empty();
            }
            boolean[] atPhotos = {false};
            try {
                return Optional.of(
                        QuarkusTransaction.joiningExisting()
                                .call(
                                        () -> {
                                            T saved = save.get();
                                            atPhotos[0] = true;
                                            for (PreparedPhoto photo : prepared) {
                                                store.add(saved, photo);
                                            }
                                            alongside.accept(saved);
                                            return saved;
                                        }));
            } catch (Refusal e) {
                if (atPhotos[0]) {
                    errors.refused(e, "photo");
                } else {
                    errors.refused(e);
                }
                return Optional.empty();
            }
        } finally {
            prepared.forEach(PreparedPhoto::close);
        }
    }

    /** A refused form comes back without its files: a browser cannot refill a file input. */
    static void chooseAgain(List<FileUpload> chosen, FormErrors errors) {
        if (!chosen.isEmpty()) {
            errors.add("photo", errors.msg().page_form_photoAgain());
        }
    }
}
