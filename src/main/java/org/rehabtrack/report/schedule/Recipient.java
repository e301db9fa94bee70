package org.rehabtrack.report.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who receives a schedule's workbooks: a user (by name; its e-mail address and language are read
 * when it is sent) or a contact of the audience (an e-mail address and a language).
 */
@Embeddable
public class Recipient {

    @Column(name = "username")
    private String username;

    @Column(name = "email")
    private String email;

    @Column(name = "language")
    private String language;

    protected Recipient() {}

    private Recipient(String username, String email, String language) {
        this.username = username;
        this.email = email;
        this.language = language;
    }

    static Recipient user(String username) {
        return new Recipient(username, null, null);
    }

    static Recipient contact(String email, String language) {
        return new Recipient(null, email, language);
    }

    /** The user's name; null for a contact. */
    public String getUsername() {
        return username;
    }

    /** A contact's address; null for a user (read from the user when sent). */
    public String getEmail() {
        return email;
    }

    /** A contact's language; null for a user. */
    public String getLanguage() {
        return language;
    }
}
