package org.rehabtrack.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final String OWN_KEY = "an-operators-own-key-of-at-least-32-characters";

    @Test
    void acceptsAnOwnKeyWithoutDemoAccounts() {
        assertTrue(ProductionGuard.problems(false, OWN_KEY).isEmpty());
    }

    @Test
    void refusesDemoAccountsAndAMissingShortOrDemoKey() {
        assertEquals(1, ProductionGuard.problems(true, OWN_KEY).size());
        assertEquals(1, ProductionGuard.problems(false, null).size());
        assertEquals(1, ProductionGuard.problems(false, "too-short").size());
        assertEquals(1, ProductionGuard.problems(false, ProductionGuard.DEMO_KEY_PREFIX + "-not-for-production").size());
        assertEquals(2, ProductionGuard.problems(true, null).size());
    }
}
