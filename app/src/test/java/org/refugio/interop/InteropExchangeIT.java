package org.refugio.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An admitted claim is notified to INM and gets a temporary CURP from RENAPO (stand-ins), each exchange once. */
class InteropExchangeIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  InteropService interop;

  @Test
  void shouldNotifyInmAndAskRenapoOnceWhenAClaimIsAdmitted() throws Exception {
    // Given a claim registered and admitted
    String caseNumber = JSON.readTree(post("registrationTap", "/api/claims", Claims.valid("TAP")).getBody())
        .get("caseNumber").asText();
    String instance = processInstanceOf(caseNumber);
    awaitJobs(instance);

    // Then INM's reference and the temporary CURP are recorded, and INM's reference is on the claim
    long claimId = jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
    List<Map<String, Object>> exchanges = jdbc.queryForList(
        "select party, kind, answer from refugio.interop_exchange where claim_id = ? order by kind", claimId);
    assertThat(exchanges).extracting(e -> e.get("party") + ":" + e.get("kind"))
        .containsExactly("INM:CLAIM_NOTICE", "RENAPO:TEMPORARY_CURP");
    assertThat(exchanges.get(1).get("answer").toString()).matches("[A-Z]{4}900501MNE[A-Z0-9]{5}");
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.INM_REFERENCE.name()))
        .isEqualTo(exchanges.get(0).get("answer"));

    // When the step runs again (an incident retried after the party came back)
    String again = interop.requestCurp(claimId, InteropService.TEMPORARY_CURP);

    // Then nothing is asked twice
    assertThat(again).isEqualTo(exchanges.get(1).get("answer"));
    assertThat(jdbc.queryForObject("select count(*) from refugio.interop_exchange where claim_id = ?", Integer.class,
        claimId)).isEqualTo(2);
  }
}
