package org.rehabtrack.system;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every rule reads "today" from. Tests replace it with a clock they can set, so derived
 * values such as a milestone's status are checked at chosen dates.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(RehabtrackConfig config) {
        return Clock.system(config.timeZone());
    }
}
