package org.rehabtrack.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where photos are kept, how large they may be, and the size they are stored and shown at. */
@ConfigMapping(prefix = "rehabtrack.photos")
public interface PhotoConfig {

    /** Photos one request may carry (a page's form); the upload limit makes room for them. */
    int PER_REQUEST = 3;

    /** The largest photo accepted; a larger one answers 413. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** The photo folder; {@code photos} under the data folder when not set. */
    Optional<String> dir();

    /**
     * The most pixels a photo may declare, in millions; more answers 413 before anything is decoded
     * (a 30000x30000 PNG compresses to a few MB but would need 3.6 GB to decode).
     */
    @WithDefault("40")
    int maxMegapixels();

    /** The longest side a photo is stored at; a larger one is scaled down to it. */
    @WithDefault("2560")
    int maxSide();

    /** The longest side of the small JPEG pages show, linking to the full photo. */
    @WithDefault("320")
    int thumbnailSide();

    /**
     * How many million pixels the service decodes at once, over every upload in flight: an upload
     * waits for room, and after {@link #decodeWait()} answers 503. 30 (at most about 120 MB of
     * pixels) keeps several large uploads within a 256 MB heap.
     */
    @WithDefault("30")
    int decodeMegapixels();

    /** How long an upload waits for room to decode before it answers 503. */
    @WithDefault("30s")
    java.time.Duration decodeWait();

    /**
     * Whether the photos stored before photos were written anew (those without a thumbnail) are
     * cleaned in the background once the service has started; see docs/operations.md.
     */
    @WithDefault("true")
    boolean cleanAtStart();
}
