package org.refugio.engine;

/** One wrong field of a request: its path ({@code applicant.dateOfBirth}) and what is wrong, in Spanish. */
public record FieldError(String field, String message) {
}
