package org.rehabtrack.finding;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where photos are kept and how large they may be. */
@ConfigMapping(prefix = "rehabtrack.photos")
public interface PhotoConfig {

    /** Photos one request may carry (a page's form); the upload limit makes room for them. */
    int PER_REQUEST = 3;

    /** The largest photo accepted; a larger one answers 413. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** The photo folder; {@code photos} under the data folder when not set. */
    Optional<String> dir();
}
