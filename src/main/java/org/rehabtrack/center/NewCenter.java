package org.rehabtrack.center;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a client sends to register a center. */
public class NewCenter extends CenterDetails {

    /** The center's code, its address in the API: capitals, digits and dashes ("CAMR-SPS"). */
    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "{rehabtrack.code.pattern}")
    public String code;

    /** The phase the center is in when registered; EVALUATION if not given. */
    public Phase phase;

    /** Since when the center is in that phase; today if not given. */
    public LocalDate phaseSince;
}
