package org.refugio.inclusion.roundtable;

/**
 * A member of a roundtable: an institution, and the Refugio user who sits for it if any. An external member sees
 * the roundtable's report without case numbers; a coordinator follows up its agreements.
 */
public record RoundtableMember(long id, String institutionCode, String institutionName, String userId,
    boolean external, boolean coordinator) {
}
