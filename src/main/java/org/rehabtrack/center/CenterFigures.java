package org.rehabtrack.center;

import java.util.List;
import java.util.Map;

/**
 * The headline figures of centers as of today, worked out by the budget feature (which depends on
 * centers, not the other way round).
 */
public interface CenterFigures {

    /** The centers' headline figures as of today, by center id; the centers as just read. */
    Map<Long, Headline> of(List<Center> centers);

    /** A stamp that changes whenever an exchange rate is recorded. */
    String ratesStamp();
}
