package org.refugio.interop;

/** What INM or RENAPO answered: their reference (INM) or the CURP (RENAPO), and a status. */
public record InteropAnswer(String value, String status) {
}
