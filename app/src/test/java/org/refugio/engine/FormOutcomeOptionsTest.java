package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.appeal.AppealResult;
import org.refugio.claim.Outcome;

/** The forms that choose an outcome offer every {@link Outcome}, labelled as the resolution words it. */
class FormOutcomeOptionsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldOfferEveryOutcomeWithItsSpanishWordingWhereAnOutcomeIsChosen() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(Outcome.values()).forEach(o -> expected.put(o.name(), o.spanish()));
    assertThat(options("assess-claim", "proposedOutcome")).containsExactlyEntriesOf(expected);
    assertThat(options("decide-claim", "outcome")).containsExactlyEntriesOf(expected);
    assertThat(options("decide-appeal", "appealOutcome")).containsExactlyEntriesOf(expected);
    assertThat(options("notify-appeal-result", "appealOutcome")).containsExactlyEntriesOf(expected);
  }

  @Test
  void shouldOfferTheThreeAppealResultsWithTheirSpanishLabels() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(AppealResult.values()).forEach(r -> expected.put(r.name(), r.formLabel()));
    assertThat(options("decide-appeal", "appealResult")).containsExactlyEntriesOf(expected)
        .containsValues("Confirmar la resolución", "Revocar y dictar nueva resolución",
            "Reponer el procedimiento: nueva evaluación");
  }

  private Map<String, String> options(String formId, String key) throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/" + formId + ".form")) {
      JsonNode form = json.readTree(in);
      for (JsonNode component : form.get("components")) {
        if (key.equals(component.path("key").asText())) {
          Map<String, String> options = new LinkedHashMap<>();
          component.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
          return options;
        }
      }
    }
    throw new AssertionError(formId + " has no field " + key);
  }
}
