package org.refugio.interop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.claim.AsylumClaimProcess;
import org.refugio.claim.ClaimMapper;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admitted claim is notified to INM and every person of it gets a temporary CURP from RENAPO (stand-ins), each
 * exchange once; after protection, the permanent CURP goes to the people protected. Against a real RENAPO adapter on
 * WireMock, a step retried after a failure asks nothing twice. Claims of office CDMX.
 */
class InteropExchangeIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  InteropService interop;
  @Autowired
  InteropMapper exchanges;
  @Autowired
  ClaimMapper claims;
  @Autowired
  InmClient inm;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  org.refugio.claim.ClaimClocks clocks;

  @Test
  void shouldNotifyInmAndAskRenapoOnceForEveryPersonWhenAClaimIsAdmitted() throws Exception {
    // Given a claim of a mother and her son, registered and admitted
    String caseNumber = register();
    String instance = processInstanceOf(caseNumber);
    awaitJobs(instance);

    // Then INM's reference and a temporary CURP for each of them are recorded, and INM's reference is on the claim
    long claimId = claimId(caseNumber);
    List<Map<String, Object>> exchanged = jdbc.queryForList("select e.party, e.kind, e.answer, e.idempotency_key, "
        + "p.role from refugio.interop_exchange e join refugio.person p on p.id = e.person_id where e.claim_id = ? "
        + "order by e.kind, p.role desc", claimId);
    assertThat(exchanged).extracting(e -> e.get("party") + ":" + e.get("kind") + ":" + e.get("role"))
        .containsExactly("INM:CLAIM_NOTICE:PRINCIPAL", "RENAPO:TEMPORARY_CURP:PRINCIPAL",
            "RENAPO:TEMPORARY_CURP:DEPENDANT");
    assertThat(exchanged.get(1).get("answer").toString()).matches("[A-Z]{4}900501MNE[A-Z0-9]{5}");
    assertThat(exchanged.get(2).get("answer").toString()).matches("[A-Z]{4}150310HNE[A-Z0-9]{5}");
    assertThat(exchanged).extracting(e -> e.get("idempotency_key")).doesNotHaveDuplicates();
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.INM_REFERENCE.name()))
        .isEqualTo(exchanged.get(0).get("answer"));

    // When the step runs again (an incident retried after the party came back)
    int askedAgain = interop.requestCurps(claimId, InteropService.TEMPORARY_CURP);

    // Then nothing is asked twice
    assertThat(askedAgain).isZero();
    assertThat(jdbc.queryForObject("select count(*) from refugio.interop_exchange where claim_id = ?", Integer.class,
        claimId)).isEqualTo(3);
  }

  @Test
  void shouldAskThePermanentCurpOnlyForThePeopleProtected() throws Exception {
    // Given an admitted claim whose son is decided apart, with complementary protection
    String caseNumber = register();
    awaitJobs(processInstanceOf(caseNumber));
    long claimId = claimId(caseNumber);
    long son = claims.findPeople(claimId).stream().filter(p -> !p.isPrincipal()).findFirst().orElseThrow().id();
    ResponseEntity<String> decided = call("eligibilityCdmx", HttpMethod.PUT, "/api/claims/" + caseNumber
        + "/dependants/" + son + "/outcome", Map.of("outcome", "COMPLEMENTARY_PROTECTION", "grounds",
            "El niño corre un riesgo propio de reclutamiento forzado por pandillas."), Map.of());
    assertThat(decided.getStatusCode()).as(decided.getBody()).isEqualTo(HttpStatus.OK);

    // When the permanent CURP step runs, twice
    int asked = interop.requestCurps(claimId, InteropService.PERMANENT_CURP);
    int again = interop.requestCurps(claimId, InteropService.PERMANENT_CURP);

    // Then only the son, who is protected, gets one, once
    assertThat(asked).isOne();
    assertThat(again).isZero();
    assertThat(jdbc.queryForList("select person_id from refugio.interop_exchange where claim_id = ? "
        + "and kind = 'PERMANENT_CURP'", Long.class, claimId)).containsExactly(son);
  }

  @Test
  void shouldAskNothingTwiceOnTheRealRenapoWhenAFailedStepIsRetried() throws Exception {
    // Given an admitted claim (its temporary CURPs from the stand-in) and a real RENAPO adapter on WireMock
    String caseNumber = register();
    awaitJobs(processInstanceOf(caseNumber));
    long claimId = claimId(caseNumber);
    long principal = claims.findPeople(claimId).stream().filter(p -> p.isPrincipal()).findFirst().orElseThrow().id();
    long son = claims.findPeople(claimId).stream().filter(p -> !p.isPrincipal()).findFirst().orElseThrow().id();
    jdbc.update("delete from refugio.interop_exchange where claim_id = ? and kind = 'TEMPORARY_CURP'", claimId);
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      InteropService real = new InteropService(inm, new HttpRenapoClient(new InteropProperties.Party("http",
          URI.create(server.baseUrl()), "renapo-key"), Duration.ofSeconds(10), Duration.ofSeconds(20), JSON),
          exchanges, claims, clocks, java.time.Clock.systemUTC());
      String principalKey = InteropService.key(claimId, InteropService.TEMPORARY_CURP);
      String sonKey = principalKey + "-P" + son;
      server.stubFor(WireMock.post("/curp-requests").withHeader("Idempotency-Key", equalTo(principalKey))
          .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
              .withBody("{\"curp\":\"MANA900501MNEXXXT1\",\"status\":\"ISSUED\"}")));
      server.stubFor(WireMock.post("/curp-requests").withHeader("Idempotency-Key", equalTo(sonKey))
          .willReturn(aResponse().withStatus(503)));

      // When the step fails on the son (RENAPO down for that call), in the job's transaction
      assertThatThrownBy(() -> transactions.executeWithoutResult(
          s -> real.requestCurps(claimId, InteropService.TEMPORARY_CURP))).isInstanceOf(InteropException.class)
          .hasMessageContaining("HTTP 503");
      server.verify(1, postRequestedFor(urlEqualTo("/curp-requests"))
          .withHeader("Idempotency-Key", equalTo(principalKey)));

      // Then nothing is recorded
      assertThat(jdbc.queryForObject("select count(*) from refugio.interop_exchange where claim_id = ? "
          + "and kind = 'TEMPORARY_CURP'", Integer.class, claimId)).isZero();

      // When RENAPO is back and the incident is retried
      server.stubFor(WireMock.post("/curp-requests").withHeader("Idempotency-Key", equalTo(sonKey))
          .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
              .withBody("{\"curp\":\"MAXJ150310HNEXXXT2\",\"status\":\"ISSUED\"}")));
      transactions.executeWithoutResult(s -> real.requestCurps(claimId, InteropService.TEMPORARY_CURP));

      // Then each person has one CURP, and every request for a person carried that person's one idempotency key
      assertThat(jdbc.queryForList("select person_id || ':' || answer from refugio.interop_exchange "
          + "where claim_id = ? and kind = 'TEMPORARY_CURP' order by person_id", String.class, claimId))
          .containsExactly(principal + ":MANA900501MNEXXXT1", son + ":MAXJ150310HNEXXXT2");
      server.verify(2, postRequestedFor(urlEqualTo("/curp-requests"))
          .withHeader("Idempotency-Key", equalTo(principalKey)));
      server.verify(2, postRequestedFor(urlEqualTo("/curp-requests")).withHeader("Idempotency-Key", equalTo(sonKey)));
      assertThat(server.getAllServeEvents()).hasSize(4);
    } finally {
      server.stop();
    }
  }

  private String register() throws Exception {
    ResponseEntity<String> response = post("registrationCdmx", "/api/claims", Claims.valid("CDMX"));
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    return JSON.readTree(response.getBody()).get("caseNumber").asText();
  }

  private long claimId(String caseNumber) {
    return jdbc.queryForObject("select id from refugio.claim where case_number = ?", Long.class, caseNumber);
  }
}
