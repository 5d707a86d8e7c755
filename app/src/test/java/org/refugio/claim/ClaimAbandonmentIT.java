package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.refugio.presentation.PresentationSweep;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily presentation sweep closes a real claim whose applicant stopped presenting, through asylum-claim itself. */
class ClaimAbandonmentIT extends IntegrationTest {

  @Autowired
  ObjectMapper json;
  @Autowired
  PresentationSweep sweep;

  @Test
  void shouldCloseAClaimAsAbandonedWhenTheApplicantMissedTwoWeeklyPresentations() throws Exception {
    // Given a claim registered a month ago whose applicant never presented since
    String caseNumber = json.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    jdbc.update("update refugio.claim set registered_at = now() - interval '30 days' where case_number = ?",
        caseNumber);

    // When the daily sweep runs
    PresentationSweep.Report report = sweep.run();

    // Then the claim is closed as abandoned, with the weeks missed recorded
    assertThat(report.signalled()).contains(caseNumber);
    JsonNode status = json.readTree(get("registrationTap", "/api/claims/" + caseNumber).getBody());
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("closureReason").asText()).isEqualTo("ABANDONMENT");
    assertThat(jdbc.queryForObject("select closure_detail from refugio.claim where case_number = ?", String.class,
        caseNumber)).contains("presentaciones semanales consecutivas no realizadas");
  }
}
