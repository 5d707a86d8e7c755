package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refugio.support.Claims;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What registration learns for the other institutions: the applicant's interpreter gender preference reaches the
 * interview's requirements and the interpreter provider, and the claim's profile chooses the COI attached and the
 * topics asked of SRE. Claims of Villahermosa (VSA), registered by the national admin.
 */
class ClaimProfileIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = "VSA";

  @Test
  void shouldBookAWomanInterpreterAndAskSreAboutGangsWhenAWomanAsksForAWomanAndReportsGangs() throws Exception {
    // Given a Paraguayan woman who speaks Haitian Creole, asks for a woman and reports gang persecution
    // (no COI on Paraguay yet)
    Map<String, Object> claim = claim("PY", "ht");
    applicant(claim).put("interpreterGenderPreference", "F");
    claim.put("profile", List.of("pandillas"));

    // When she is registered
    String caseNumber = register(claim);

    // Then the preference and the profile are stored with the claim
    assertThat(jdbc.queryForObject("select p.interpreter_gender_preference from refugio.person p join refugio.claim c "
        + "on c.id = p.claim_id where c.case_number = ? and p.role = 'PRINCIPAL'", String.class, caseNumber))
        .isEqualTo("F");
    assertThat(profile(caseNumber)).containsExactly("pandillas");
    // and the interview needs a woman interviewer and a woman interpreter
    String instance = instanceOf(caseNumber);
    awaitInterpreterBooked(instance);
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.INTERVIEWER_GENDER.name()))
        .isEqualTo("F");
    // whom the provider (the stand-in) was asked for and sent
    Map<String, Object> booking = jdbc.queryForMap("select b.interpreter_gender, b.interpreter_name, b.status "
        + "from refugio.interpretation_booking b join refugio.claim c on c.id = b.claim_id where c.case_number = ?",
        caseNumber);
    assertThat(booking.get("interpreter_gender")).isEqualTo("F");
    assertThat(booking.get("status")).isEqualTo("CONFIRMED");
    assertThat(booking.get("interpreter_name").toString()).contains("mujer");

    // And SRE is asked about Paraguay on gangs, with nothing about her
    JsonNode request = openRequest("PY");
    List<String> topics = new ArrayList<>();
    request.get("topics").forEach(t -> topics.add(t.asText()));
    assertThat(topics).containsExactly("pandillas");
    assertThat(request.get("question").asText()).contains("pandillas");
    assertThat(request.toString()).doesNotContain(caseNumber, "Ana", "Martínez", "ht");
  }

  @Test
  void shouldAttachTheCoiTaggedWithTheProfileWhenTheCountryHasOtherCurrentCoiToo() throws Exception {
    // Given two current reports on Bolivia, one of them on gangs
    long general = storeCoi("Bolivia: situación general", List.of());
    long gangs = storeCoi("Bolivia: pandillas y extorsión", List.of("pandillas"));

    // When a Bolivian claim reporting gangs is registered
    Map<String, Object> claim = claim("BO", "es");
    claim.put("profile", List.of("pandillas"));
    String caseNumber = register(claim);

    // Then the report on gangs is attached, the general one is not, and SRE need not be asked
    List<Long> attached = jdbc.queryForList("select cc.document_id from refugio.claim_coi cc join refugio.claim c "
        + "on c.id = cc.claim_id where c.case_number = ?", Long.class, caseNumber);
    assertThat(attached).contains(gangs).doesNotContain(general);
    awaitTask(caseNumber, AsylumClaimProcess.Elements.USER_CONDUCT_INTERVIEW);
  }

  @Test
  void shouldRegisterWithNoPreferenceAndAnyCoiWhenTheNewFieldsAreLeftOut() throws Exception {
    // Given a claim as registered before the preference and the profile existed
    String caseNumber = register(claim("HN", "es"));

    // Then nothing is stored for them, the decision sees no preference, and coi-request gets no topics
    assertThat(jdbc.queryForObject("select p.interpreter_gender_preference from refugio.person p join refugio.claim c "
        + "on c.id = p.claim_id where c.case_number = ? and p.role = 'PRINCIPAL'", String.class, caseNumber))
        .isNull();
    assertThat(profile(caseNumber)).isEmpty();
    String instance = instanceOf(caseNumber);
    assertThat(engine.getRuntimeService().getVariable(instance,
        AsylumClaimProcess.INTERPRETER_GENDER_PREFERENCE.name())).isEqualTo("NONE");
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.COI_TOPICS.name())).isEqualTo("");
    assertThat(engine.getRuntimeService().getVariable(instance, AsylumClaimProcess.INTERVIEWER_GENDER.name()))
        .isEqualTo("ANY");
    // and the country's current COI is attached as before
    assertThat(jdbc.queryForObject("select count(*) from refugio.claim_coi cc join refugio.claim c "
        + "on c.id = cc.claim_id where c.case_number = ?", Integer.class, caseNumber)).isPositive();
  }

  @Test
  void shouldNameTheFieldAndTheAllowedValuesAndStoreNothingWhenThePreferenceOrTheProfileIsWrong() throws Exception {
    // Given a preference and profile codes registration does not know
    Map<String, Object> claim = claim("HN", "es");
    applicant(claim).put("interpreterGenderPreference", "MUJER");
    claim.put("profile", List.of("pandillas", "gangs"));
    int before = jdbc.queryForObject("select count(*) from refugio.claim", Integer.class);

    // When it is registered
    ResponseEntity<String> response = post("admin", "/api/claims", claim);

    // Then both fields are named with what is allowed, and nothing is stored
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> errors = new java.util.HashMap<>();
    JSON.readTree(response.getBody()).get("errors").forEach(e ->
        errors.put(e.get("field").asText(), e.get("message").asText()));
    assertThat(errors).containsOnlyKeys("applicant.interpreterGenderPreference", "profile");
    assertThat(errors.get("applicant.interpreterGenderPreference")).contains("'MUJER'").contains("F (mujer)")
        .contains("NONE (sin preferencia)");
    assertThat(errors.get("profile")).contains("'gangs'").doesNotContain("'pandillas'").contains("violencia-de-genero");
    assertThat(jdbc.queryForObject("select count(*) from refugio.claim", Integer.class)).isEqualTo(before);
  }

  private static Map<String, Object> claim(String nationality, String language) {
    Map<String, Object> claim = Claims.valid(OFFICE);
    claim.put("address", "Calle Juárez 10, Villahermosa");
    applicant(claim).put("nationality", nationality);
    applicant(claim).put("languages", List.of(language));
    claim.put("dependants", List.of());
    return claim;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> applicant(Map<String, Object> claim) {
    return (Map<String, Object>) claim.get("applicant");
  }

  private String register(Map<String, Object> claim) throws Exception {
    ResponseEntity<String> response = post("admin", "/api/claims", claim);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = JSON.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(instanceOf(caseNumber));
    return caseNumber;
  }

  /** The claim's asylum-claim instance (its coi-request and interpretation-booking share the business key). */
  private String instanceOf(String caseNumber) {
    return jdbc.queryForObject("select process_instance_id from refugio.claim where case_number = ?", String.class,
        caseNumber);
  }

  private List<String> profile(String caseNumber) {
    String[] profile = jdbc.queryForObject("select profile from refugio.claim where case_number = ?",
        (rs, row) -> (String[]) rs.getArray(1).getArray(), caseNumber);
    return Arrays.asList(profile);
  }

  private long storeCoi(String title, List<String> tags) throws Exception {
    ResponseEntity<String> stored = post("coiUnitTap", "/api/coi/documents", coiDocument("BO", title, tags));
    assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(stored.getBody()).get("id").asLong();
  }

  private static Map<String, Object> coiDocument(String country, String title, List<String> tags) {
    Map<String, Object> document = new java.util.LinkedHashMap<>();
    document.put("country", country);
    document.put("title", title);
    document.put("source", "Informe de prueba");
    document.put("publishedOn", java.time.LocalDate.now().minusDays(10).toString());
    document.put("reviewBy", java.time.LocalDate.now().plusMonths(6).toString());
    document.put("mediaType", "text/html");
    document.put("contentBase64", java.util.Base64.getEncoder().encodeToString(
        ("<html><body><p>" + title + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    document.put("tags", tags);
    return document;
  }

  private JsonNode openRequest(String country) throws Exception {
    for (JsonNode request : JSON.readTree(get("sreCdmx", "/api/coi/requests?status=OPEN").getBody())) {
      if (country.equals(request.get("country").asText())) {
        return request;
      }
    }
    throw new AssertionError("No open COI request for " + country);
  }

  private void awaitTask(String caseNumber, String step) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 0) {
      assertThat(Instant.now()).as("claim %s reaches %s", caseNumber, step).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
