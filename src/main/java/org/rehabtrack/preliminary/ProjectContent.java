package org.rehabtrack.preliminary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The content of a version of a preliminary project, as {@code PUT} replaces it. */
public class ProjectContent {

    @Size(max = 10_000)
    public String scope;

    /** Reference of the terms of reference for contractors. */
    @Size(max = 200)
    public String termsOfReference;

    /** Added on top of the bill of quantities, 0 to 100. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    public BigDecimal contingencyPercent = BigDecimal.ZERO;

    @NotNull
    @Size(max = 100)
    public List<@NotNull @Valid ChapterContent> chapters = new ArrayList<>();

    static ProjectContent of(PreliminaryProject project) {
        ProjectContent content = new ProjectContent();
        content.scope = project.getScope();
        content.termsOfReference = project.getTermsOfReference();
        content.contingencyPercent = project.getContingencyPercent();
        content.chapters =
                new ArrayList<>(project.getChapters().stream().map(ChapterContent::of).toList());
        return content;
    }
}
