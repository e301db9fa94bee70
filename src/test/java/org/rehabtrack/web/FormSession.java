package org.rehabtrack.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.TestSessions;

/**
 * A browser session signed in through the form, as the site forms' tests post with it: its cookie
 * and the token its forms carry; redirects are not followed, so that a test reads where one leads.
 */
record FormSession(String cookie, String token) {

    static FormSession of(String username, String password, Csrf csrf) {
        String cookie = TestSessions.signIn(username, password);
        return new FormSession(cookie, csrf.tokenOf(cookie));
    }

    RequestSpecification request() {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie);
    }
}
