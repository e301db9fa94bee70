package org.rehabtrack.works;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to plan a works package; it starts PLANNED. */
public class NewWorkPackage extends WorkPackageDetails {

    /** Unique within the center: "WP-01". */
    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9]+([-_.][A-Z0-9]+)*", message = "{rehabtrack.code.pattern}")
    public String code;
}
