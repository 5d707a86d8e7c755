package org.refugio.inclusion.roundtable;

/** The body of {@code POST /api/roundtables/{id}/members}: an institution, optionally the user who sits for it. */
public record NewMember(String institutionCode, String userId, Boolean external, Boolean coordinator) {
}
