package org.rehabtrack.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings under the {@code rehabtrack.} prefix; see README "Configuration". */
@ConfigMapping(prefix = "rehabtrack")
public interface RehabtrackConfig {

    /** Folder holding the embedded database (and later photos). */
    String dataDir();

    /** Zone in which "today" is taken: actual dates may not be after it. */
    @WithDefault("America/Tegucigalpa")
    ZoneId timeZone();

    SampleData sampleData();

    Http http();

    interface Http {
        /** The largest request body other than a photo upload. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface SampleData {
        /** Whether the illustrative sample data is loaded into an empty database at start-up. */
        @WithDefault("true")
        boolean load();
    }
}
