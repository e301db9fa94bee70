package org.rehabtrack.fielddata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.Refusal;

/** The forms engineers fill with the field tools they already use, as their user may see them. */
@ApplicationScoped
public class FieldForms {

    private final CenterService centers;
    private final Visibility visibility;
    private final PhotoConfig photos;

    FieldForms(CenterService centers, Visibility visibility, PhotoConfig photos) {
        this.centers = centers;
        this.visibility = visibility;
        this.photos = photos;
    }

    /**
     * The evaluation XLSForm offering every center the user may see, the one given chosen
     * beforehand (it must be one of them: 404 as for none otherwise). With no center to offer the
     * form could not be filled: 404.
     */
    @Transactional
    public byte[] evaluation(String preselected) {
        var scope = visibility.scope();
        String chosen = null;
        if (preselected != null && !preselected.isBlank()) {
            chosen = centers.require(preselected.strip(), scope).getCode();
        }
        List<EvaluationForm.CenterChoice> offered =
                centers.seenBy(scope).stream()
                        .map(c -> new EvaluationForm.CenterChoice(c.getCode(), c.getName()))
                        .toList();
        if (offered.isEmpty()) {
            throw Refusal.notFound("form.evaluation.noCenter");
        }
        return XlsFormWriter.write(EvaluationForm.of(offered, chosen, photos.maxSide()));
    }
}
