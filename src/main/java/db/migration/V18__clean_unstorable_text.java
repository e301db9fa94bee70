package db.migration;

import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import org.rehabtrack.system.StoredTexts;

/**
 * Issue 20: texts stored before the service refused unpaired surrogates, NUL, U+FFFE and U+FFFF get
 * U+FFFD in place of each ({@link StoredTexts}); one such character in a center's name made {@code
 * GET /api/centers} fail for everyone who could see the center. A Java migration, found by Quarkus
 * at build time like the SQL ones in {@code db/migration}, because SQL cannot tell an unpaired
 * surrogate from a pair on both databases.
 */
public class V18__clean_unstorable_text extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V18__clean_unstorable_text.class);

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, Integer> changed = StoredTexts.clean(context.getConnection());
        int rows = changed.values().stream().mapToInt(Integer::intValue).sum();
        LOG.infof("Texts holding characters that cannot be stored: %d cleaned %s", rows, changed);
    }
}
