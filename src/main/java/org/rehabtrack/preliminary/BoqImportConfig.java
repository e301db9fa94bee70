package org.rehabtrack.preliminary;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on bill-of-quantities workbooks uploaded for import, which come from outside and are not
 * trusted.
 */
@ConfigMapping(prefix = "rehabtrack.boq-import")
public interface BoqImportConfig {

    /** The largest workbook file accepted. */
    @WithDefault("5M")
    MemorySize maxSize();

    /** The most lines a workbook may hold. */
    @WithDefault("5000")
    int maxRows();

    /**
     * The most cells the first sheet may hold, counted as they are read: the nine columns of the
     * row limit, with room for notes beside them. Also the most shared strings.
     */
    @WithDefault("100000")
    int maxCells();
}
