package org.rehabtrack.preliminary;

/**
 * The body of {@code PUT}: the whole content, and the version last read when the project exists.
 */
public class ProjectPut extends ProjectContent {

    public Long version;
}
