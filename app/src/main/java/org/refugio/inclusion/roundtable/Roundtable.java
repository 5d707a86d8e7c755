package org.refugio.inclusion.roundtable;

import java.util.List;

/**
 * An inter-institutional roundtable: its level and place, its theme, its coordinating institution and its members.
 * The gaps in its scope are those of its place (every state for a federal one) and theme.
 */
public record Roundtable(long id, String name, String level, String levelLabel, String stateCode, String stateName,
    String municipality, String theme, String themeLabel, String coordinatingInstitution,
    String coordinatingInstitutionName, String memberGroupId, String coordinatorGroupId,
    List<RoundtableMember> members) {

  static Roundtable of(RoundtableRow row, List<RoundtableMember> members) {
    return new Roundtable(row.id(), row.name(), row.level(), RoundtableLevel.valueOf(row.level()).spanish(),
        row.stateCode(), row.stateName(), row.municipality(), row.theme(), RoundtableTheme.spanishOf(row.theme()),
        row.coordinatingInstitution(), row.coordinatingInstitutionName(), row.memberGroupId(),
        row.coordinatorGroupId(), members);
  }

  /** Where it sits, in Spanish: "Nacional", "Chiapas", "Tapachula, Chiapas". */
  public String placeLabel() {
    if (stateCode == null) {
      return "Nacional";
    }
    return municipality == null ? stateName : municipality + ", " + stateName;
  }
}
