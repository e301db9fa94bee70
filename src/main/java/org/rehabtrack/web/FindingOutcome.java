package org.rehabtrack.web;

/**
 * What a finding's form came to, said on the center page after the redirect that ends a successful
 * post (or a verification that could not be made).
 */
public enum FindingOutcome {
    logged,
    verified,
    stale,
    refused,
    expired;

    /** The outcome named in the page's query, or none for an unknown name. */
    static FindingOutcome of(String name) {
        for (FindingOutcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        return null;
    }
}
