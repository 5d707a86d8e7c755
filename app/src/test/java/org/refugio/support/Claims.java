package org.refugio.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.refugio.claim.ClaimService;

/** Registration bodies for tests, in the shape of {@code POST /api/claims}. */
public final class Claims {

  private Claims() {
  }

  /**
   * A valid claim of a Honduran woman and her son at the given office, filed a week ago, 18 days after entering
   * Mexico: dates relative to today, so that no deadline of the claim lapses in real time as the tests age.
   */
  public static Map<String, Object> valid(String office) {
    LocalDate applied = applicationDate();
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("office", office);
    claim.put("applicationDate", applied.toString());
    claim.put("entryDate", applied.minusDays(18).toString());
    claim.put("entryPlace", "Ciudad Hidalgo");
    claim.put("detained", false);
    claim.put("filedByRepresentative", false);
    claim.put("address", "Calle 5 Poniente 12, Tapachula");
    claim.put("applicant", person("Ana Lucía", "Martínez Núñez", "F", "1990-05-01", "HN"));
    Map<String, Object> son = person("José", "Martínez", "M", "2015-03-10", "HN");
    son.put("relationship", "CHILD");
    claim.put("dependants", new ArrayList<>(List.of(son)));
    return claim;
  }

  /** {@link #valid} without the son, its applicant changed by {@code applicant} (another nationality, language…). */
  public static Map<String, Object> alone(String office, Consumer<Map<String, Object>> applicant) {
    Map<String, Object> claim = valid(office);
    @SuppressWarnings("unchecked")
    Map<String, Object> person = (Map<String, Object>) claim.get("applicant");
    applicant.accept(person);
    claim.put("dependants", List.of());
    return claim;
  }

  /** The application date of {@link #valid}: a week before today in Mexico City. */
  public static LocalDate applicationDate() {
    return LocalDate.now(ClaimService.ZONE).minusDays(7);
  }

  public static Map<String, Object> person(String given, String family, String sex, String born, String nationality) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("givenNames", given);
    person.put("familyNames", family);
    person.put("sex", sex);
    person.put("dateOfBirth", born);
    person.put("nationality", nationality);
    person.put("languages", List.of("es"));
    person.put("specificNeeds", List.of());
    return person;
  }

  /** The deadline of a claim status ({@code GET /api/claims/{caseNumber}}) with the given key. */
  public static JsonNode deadline(JsonNode status, String key) {
    for (JsonNode deadline : status.get("deadlines")) {
      if (key.equals(deadline.get("key").asText())) {
        return deadline;
      }
    }
    throw new AssertionError("No deadline " + key + " in " + status.get("deadlines"));
  }
}
