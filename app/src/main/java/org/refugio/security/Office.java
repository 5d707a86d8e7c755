package org.refugio.security;

/** A COMAR office: reference data in {@code refugio.office}. */
public record Office(String code, String name, String state) {
}
