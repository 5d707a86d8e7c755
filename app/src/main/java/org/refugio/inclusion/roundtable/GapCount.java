package org.refugio.inclusion.roundtable;

/** How many gaps of one theme, institution, reason or month were opened in a period, and how many were closed. */
public record GapCount(String key, String label, int total, int closed) {
}
