package org.rehabtrack.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * What a start says about the accounts, after the first administrator is made: in production, how
 * many demo accounts the database holds (refused at sign-in whatever it holds) and how to remove
 * them, and, when no one can sign in yet, how to create the first administrator. With
 * REHABTRACK_REMOVE_DEMO_ACCOUNTS=true it removes the demo accounts and their sessions.
 */
@ApplicationScoped
public class ProductionAccounts {

    private static final Logger LOG = Logger.getLogger(ProductionAccounts.class);

    private final RehabtrackConfig config;
    private final EntityManager em;
    private final SessionEpoch epoch;

    ProductionAccounts(RehabtrackConfig config, EntityManager em, SessionEpoch epoch) {
        this.config = config;
        this.em = em;
        this.epoch = epoch;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        if (config.security().removeDemoAccounts()) {
            int removed = QuarkusTransaction.requiringNew().call(this::removeDemoAccounts);
            LOG.infof("Demo accounts removed: %d (REHABTRACK_REMOVE_DEMO_ACCOUNTS)", removed);
        }
        if (config.demo()) {
            return;
        }
        List<String> demos =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select u.username from UserAccount u where u.demo order by u.username",
                                                        String.class)
                                                .getResultList());
        if (!demos.isEmpty()) {
            LOG.warnf(
                    "%d demo accounts in the database (%s): production refuses to sign them in. Remove them by"
                            + " starting once with REHABTRACK_REMOVE_DEMO_ACCOUNTS=true",
                    demos.size(), String.join(", ", demos));
        }
        long usable =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createQuery(
                                                        "select count(u) from UserAccount u where u.enabled and not u.demo",
                                                        Long.class)
                                                .getSingleResult());
        if (usable == 0) {
            LOG.warn(
                    "No user can sign in yet. To create the first administrator, start with"
                            + " REHABTRACK_ADMIN_USERNAME and REHABTRACK_ADMIN_PASSWORD set (docs/operations.md)");
        }
    }

    /** Removes every demo account and its open sessions; answers how many accounts. */
    int removeDemoAccounts() {
        em.createQuery(
                        "delete from UserSession s where s.user.id in (select u.id from UserAccount u where u.demo)")
                .executeUpdate();
        epoch.raise();
        return em.createQuery("delete from UserAccount u where u.demo").executeUpdate();
    }
}
