package org.rehabtrack.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rehabtrack.system.persistence.TableStamp;

@ApplicationScoped
public class UserRepository implements PanacheRepository<UserAccount> {

    /** The user of a name, whatever its case. */
    public Optional<UserAccount> findByUsername(String username) {
        return find(
                        "from UserAccount u left join fetch u.organisation where u.username = ?1",
                        normalise(username))
                .firstResultOptional();
    }

    /** The administrators who may sign in: enabled, and in production not demo accounts. */
    public List<UserAccount> administratorsWhoCanSignIn(boolean demoRun) {
        return list("role", Role.ADMIN).stream().filter(admin -> admin.maySignIn(demoRun)).toList();
    }

    public List<UserAccount> all() {
        return list("from UserAccount u left join fetch u.organisation order by u.username");
    }

    /** What changes whenever a user is added, changed or removed ({@link TableStamp}). */
    public String stamp() {
        return TableStamp.of(getEntityManager(), UserAccount.class);
    }

    static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
