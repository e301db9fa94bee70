package org.rehabtrack.center;

import java.util.Locale;

/**
 * Fired, in the registering transaction, when a center is registered; the milestone feature plans
 * the center's standard milestones, named in {@code locale}.
 */
public record CenterRegistered(Center center, Locale locale) {}
