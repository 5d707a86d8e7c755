package org.refugio.coi;

/** The stored file of a COI document: its media type and bytes. */
public record CoiContent(String mediaType, byte[] content) {
}
