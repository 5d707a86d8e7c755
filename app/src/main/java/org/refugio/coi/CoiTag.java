package org.refugio.coi;

/** A topic tag of the COI research unit ({@code violencia-de-genero}) with its label. */
public record CoiTag(String code, String label) {
}
