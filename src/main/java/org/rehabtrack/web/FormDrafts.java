package org.rehabtrack.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rehabtrack.system.RandomTokens;

/**
 * Keeps what a user typed into a refused form, with the error of each field, in the database for an
 * hour, so that the redirect that ends the POST can show the form again, filled in, on any
 * instance. Only the user who typed it can read it back.
 */
@ApplicationScoped
public class FormDrafts {

    static final Duration KEPT = Duration.ofHours(1);

    /** The values and errors of a form by field name; {@code ""} is the form's own error. */
    public record Draft(Map<String, String> values, Map<String, String> errors) {

        public static final Draft EMPTY = new Draft(Map.of(), Map.of());

        /** The typed value of a field, or its default when the form is shown afresh. */
        public String value(String field, Object fallback) {
            return this == EMPTY || errors.isEmpty()
                    ? (fallback == null ? "" : fallback.toString())
                    : values.getOrDefault(field, "");
        }

        /** Whether an option of a choice is the one typed (or, afresh, the default). */
        public boolean selected(String field, Object fallback, Object option) {
            return value(field, fallback).equals(String.valueOf(option));
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean invalid(String field) {
            return errors.containsKey(field);
        }

        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    FormDrafts(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Keeps a refused form in its own transaction (whatever the refused change did was undone) and
     * names it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String keep(String owner, Map<String, String> values, Map<String, String> errors) {
        Instant now = clock.instant();
        em.createQuery("delete from FormDraft d where d.createdAt < :expired")
                .setParameter("expired", now.minus(KEPT))
                .executeUpdate();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("values", values);
        content.put("errors", errors);
        String id = RandomTokens.next();
        try {
            em.persist(new FormDraft(id, owner, now, json.writeValueAsString(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form draft could not be written", e);
        }
        return id;
    }

    /** The draft of that name if it is the user's and not expired; else an empty one. */
    @Transactional
    public Draft read(String id, String owner) {
        if (id == null || id.isBlank()) {
            return Draft.EMPTY;
        }
        FormDraft draft = em.find(FormDraft.class, id);
        if (draft == null
                || !draft.getOwner().equals(owner)
                || draft.getCreatedAt().isBefore(clock.instant().minus(KEPT))) {
            return Draft.EMPTY;
        }
        try {
            Content content = json.readValue(draft.getContent(), Content.class);
            return new Draft(content.values(), content.errors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable form draft", e);
        }
    }

    /**
     * Where a refused form goes back to: the form, with a draft of what was typed and the errors.
     */
    Response back(
            UriBuilder form,
            Map<String, String> typed,
            FormErrors errors,
            String owner,
            Object... params) {
        return SeeOther.to(
                form.queryParam("draft", keep(owner, typed, errors.map())).build(params));
    }

    /**
     * The typed values of a form from its field names and values, in order; a missing value is
     * empty.
     */
    static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(
                    namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    private record Content(Map<String, String> values, Map<String, String> errors) {}
}
