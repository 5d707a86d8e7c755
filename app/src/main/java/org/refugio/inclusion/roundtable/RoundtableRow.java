package org.refugio.inclusion.roundtable;

/** A roundtable as stored, without its members. */
public record RoundtableRow(long id, String name, String level, String stateCode, String stateName,
    String municipality, String theme, String coordinatingInstitution, String coordinatingInstitutionName,
    String memberGroupId, String coordinatorGroupId) {
}
