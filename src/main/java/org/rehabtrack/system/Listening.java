package org.rehabtrack.system;

import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fired once, when the service first listens for requests: the background work that need not run
 * before the first request (warm-ups, cleaning) begins then, rather than beside the start. Observed
 * synchronously, on a thread of the event's own.
 */
public record Listening() {

    /** Turns Quarkus's server start, announced asynchronously for each server, into one event. */
    @ApplicationScoped
    static class Announcer {

        private final AtomicBoolean announced = new AtomicBoolean();
        private final Event<Listening> listening;

        Announcer(Event<Listening> listening) {
            this.listening = listening;
        }

        void onServerStart(@ObservesAsync HttpServerStart start) {
            if (announced.compareAndSet(false, true)) {
                listening.fire(new Listening());
            }
        }
    }
}
