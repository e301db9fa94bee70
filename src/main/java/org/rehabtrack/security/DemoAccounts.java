package org.rehabtrack.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * One account per role for trying the sample data, created with it (or with a synthetic portfolio)
 * and only then, all with the password of {@code rehabtrack.security.demo-password}. The donor and
 * partner accounts belong to sample partners: without them (a synthetic portfolio) those two are
 * left out. The production profile refuses to start with them (see {@link
 * org.rehabtrack.system.ProductionSettings}). In production they are refused at sign-in.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    /** The demo users: name, role, organisation (a sample partner's acronym) and display name. */
    private record Demo(String username, Role role, String organisation, String displayName) {}

    private static final List<Demo> DEMOS =
            List.of(
                    new Demo("admin", Role.ADMIN, null, "Administración (demo)"),
                    new Demo("manager", Role.MANAGER, null, "Gerente de proyecto OIM (demo)"),
                    new Demo("engineer", Role.ENGINEER, null, "Ingeniera de campo (demo)"),
                    new Demo("donor", Role.DONOR, "COSUDE", "Donante COSUDE (demo)"),
                    new Demo("partner", Role.PARTNER, "DINAF", "Contraparte DINAF (demo)"));

    private final RehabtrackConfig config;
    private final UserService users;
    private final UserRepository accounts;
    private final PartnerRepository partners;

    DemoAccounts(
            RehabtrackConfig config,
            UserService users,
            UserRepository accounts,
            PartnerRepository partners) {
        this.config = config;
        this.users = users;
        this.accounts = accounts;
        this.partners = partners;
    }

    /**
     * Creates the demo accounts when they are enabled; call within the sample data's transaction.
     */
    public void createIfEnabled() {
        if (!config.security().demoAccounts()) {
            return;
        }
        String password =
                config.security()
                        .demoPassword()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "rehabtrack.security.demo-password must be set when demo accounts are enabled"));
        List<String> created = new ArrayList<>();
        for (Demo demo : DEMOS) {
            if (accounts.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            if (demo.organisation() != null
                    && partners.findByAcronym(demo.organisation()).isEmpty()) {
                LOG.infof(
                        "Demo account %s not created: no partner %s",
                        demo.username(), demo.organisation());
                continue;
            }
            NewUser user = new NewUser();
            user.username = demo.username();
            user.displayName = demo.displayName();
            user.role = demo.role();
            user.organisation = demo.organisation();
            user.password = password;
            users.create(user, true, "sample-data");
            created.add(demo.username());
        }
        LOG.infof("Demo accounts created: %s", String.join(", ", created));
    }
}
