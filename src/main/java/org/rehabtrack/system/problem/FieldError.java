package org.rehabtrack.system.problem;

/** One invalid field of a request: its JSON name and what is wrong, in the caller's language. */
public record FieldError(String field, String message) {}
