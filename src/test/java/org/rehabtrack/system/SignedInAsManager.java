package org.rehabtrack.system;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every API test request is signed in, with HTTP Basic, as the sample data's demo manager unless
 * the test says otherwise ({@code given().auth()...}). The security tests sign in as each role.
 */
public class SignedInAsManager implements QuarkusTestBeforeEachCallback {

    /** The demo accounts' password in tests: the default of rehabtrack.security.demo-password. */
    public static final String DEMO_PASSWORD = "rehabtrack-demo";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic("manager", DEMO_PASSWORD);
    }
}
