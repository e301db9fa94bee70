package org.rehabtrack.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A browser's session token, read from its cookie. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
