package org.rehabtrack.milestone;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The fields of a milestone that clients set, shared by its creation and its updates. */
public class MilestoneDetails {

    /** Its name; for a standard milestone, the kind's name when left out. */
    @Size(max = 200)
    public String name;

    /** The committed date. Once set, it moves only by a re-baseline. */
    public LocalDate baselineDate;

    /** The date now expected. */
    public LocalDate forecastDate;

    /** The date it was reached; not after today. */
    public LocalDate actualDate;

    @Size(max = 2000)
    public String note;
}
