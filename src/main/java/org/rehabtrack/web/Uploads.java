package org.rehabtrack.web;

import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.finding.PhotoConfig;

/** The photos a page's form carries: those actually chosen, at most {@value #MAX_PHOTOS}. */
final class Uploads {

    static final int MAX_PHOTOS = PhotoConfig.PER_REQUEST;

    private Uploads() {}

    /** The files chosen (a browser sends an empty part for an empty file input); too many is an error. */
    static List<FileUpload> chosen(List<FileUpload> parts, FormErrors errors) {
        List<FileUpload> chosen = parts == null ? List.of()
                : parts.stream().filter(f -> f.size() > 0 || f.fileName() != null && !f.fileName().isBlank()).toList();
        if (chosen.size() > MAX_PHOTOS) {
            errors.add("photo", "page.form.tooManyPhotos", MAX_PHOTOS);
        }
        return chosen;
    }

    /** A refused form comes back without its files: a browser cannot refill a file input. */
    static void chooseAgain(List<FileUpload> chosen, FormErrors errors) {
        if (!chosen.isEmpty()) {
            errors.add("photo", "page.form.photoAgain");
        }
    }
}
