package org.rehabtrack.preliminary;

import java.util.EnumSet;
import java.util.Set;
import org.rehabtrack.system.problem.Labelled;

/**
 * The life of a version of a preliminary project: drafted, submitted, then approved or rejected.
 * Only a draft can be edited; a submitted version can be withdrawn to draft. An approved or
 * rejected version is frozen: changes start a new version.
 */
@Labelled("project.status")
public enum ProjectStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED;

    public Set<ProjectStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, DRAFT);
            case APPROVED, REJECTED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED;
    }
}
