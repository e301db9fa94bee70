package org.rehabtrack.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Refuses to start the production profile with demo accounts, or without its own session
 * encryption key (at least 32 characters, from REHABTRACK_SESSION_KEY): a known key would let
 * anyone forge a signed-in session.
 */
@ApplicationScoped
public class ProductionGuard {

    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";

    void onStart(@Observes @Priority(1) StartupEvent event, RehabtrackConfig config) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = problems(config.security().demoAccounts(),
                ConfigProvider.getConfig().getOptionalValue(SESSION_KEY, String.class).orElse(null));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(boolean demoAccounts, String sessionKey) {
        List<String> problems = new ArrayList<>();
        if (demoAccounts) {
            problems.add("demo accounts are enabled (set REHABTRACK_DEMO_ACCOUNTS=false)");
        }
        if (sessionKey == null || sessionKey.length() < 32 || sessionKey.startsWith(DEMO_KEY_PREFIX)) {
            problems.add("no session encryption key of its own (set REHABTRACK_SESSION_KEY to 32 characters or more)");
        }
        return problems;
    }

    /** The start of the key non-production profiles use, never accepted in production. */
    static final String DEMO_KEY_PREFIX = "rehabtrack-demo-session-key";
}
