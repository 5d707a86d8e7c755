package org.refugio.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.refugio.claim.AsylumClaimProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Base of the integration tests: the whole application on a throwaway embedded PostgreSQL with the demo users, one
 * Spring context shared by every test class, called over HTTP as its users would call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
public abstract class IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  protected TestRestTemplate http;
  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected JdbcTemplate jdbc;

  /** Calls the application as a demo user (whose password is the user id, or "admin" for admin). */
  protected ResponseEntity<String> call(String user, HttpMethod method, String path, Object body,
      Map<String, String> headers) {
    HttpHeaders httpHeaders = new HttpHeaders();
    httpHeaders.setContentType(MediaType.APPLICATION_JSON);
    headers.forEach(httpHeaders::add);
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
    return client.exchange(path, method, new HttpEntity<>(body, httpHeaders), String.class);
  }

  protected ResponseEntity<String> get(String user, String path) {
    return call(user, HttpMethod.GET, path, null, Map.of());
  }

  protected ResponseEntity<String> post(String user, String path, Object body) {
    return call(user, HttpMethod.POST, path, body, Map.of());
  }

  /** Registers {@code claim} through the API as Tapachula's registration officer and waits for its jobs. */
  protected String registerClaim(Map<String, Object> claim) throws IOException {
    ResponseEntity<String> response = post("registrationTap", "/api/claims", claim);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    String caseNumber = JSON.readTree(response.getBody()).get("caseNumber").asText();
    awaitJobs(processInstanceOf(caseNumber));
    return caseNumber;
  }

  /** Waits until the job executor has run every job of the process instance that it can run. */
  protected void awaitJobs(String processInstanceId) {
    ManagementService management = engine.getManagementService();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().executable().count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Jobs of " + processInstanceId + " did not finish within 30 s");
      }
      sleep();
    }
  }

  /**
   * Waits until the claim's interpreter booking (a called {@code interpretation-booking}) has ended: the stand-in
   * provider confirms it through the webhook a moment after the request.
   */
  protected void awaitInterpreterBooked(String processInstanceId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .processDefinitionKey("interpretation-booking").count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The interpreter booking of " + processInstanceId + " did not end within 30 s");
      }
      sleep();
    }
  }

  /** A session of the Camunda webapps as their login page opens one: its cookie and its CSRF token. */
  protected record WebappSession(String cookie, String csrfToken) {

    /** Headers that carry the session (and, for a changing request, its CSRF token). */
    public HttpHeaders headers(boolean withCsrfToken) {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookie);
      if (withCsrfToken) {
        headers.add("X-XSRF-TOKEN", csrfToken);
      }
      return headers;
    }
  }

  /** Logs into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code welcome}) as its login page does. */
  protected WebappSession webappLogin(String user, String app) {
    ResponseEntity<String> start = http.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String cookie = sessionCookie(start);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);
    headers.add("X-XSRF-TOKEN", start.getHeaders().getFirst("X-XSRF-TOKEN"));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> loggedIn = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
    String session = sessionCookie(loggedIn) != null ? sessionCookie(loggedIn) : cookie;
    HttpHeaders again = new HttpHeaders();
    again.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> current = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(again), String.class);
    assertThat(current.getBody()).as("the logged-in user").contains(user);
    return new WebappSession(session, current.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  /** {@code POST} to {@code /engine-rest} + {@code path} as {@code user}, accepting {@code accept}. */
  protected ResponseEntity<String> engineRestPost(String user, String path, String body, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.ACCEPT, accept);
    return http.withBasicAuth(user, user).exchange("/engine-rest" + path, HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  /** The same {@code POST} through the webapps' engine API (what the browser's Tasklist calls), in {@code session}. */
  protected ResponseEntity<String> webappEnginePost(WebappSession session, String path, String body, String accept) {
    HttpHeaders headers = session.headers(true);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.ACCEPT, accept);
    return http.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  /** The body of a response that must be 200, read as JSON. */
  protected static JsonNode okJson(ResponseEntity<String> response) throws IOException {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return JSON.readTree(response.getBody());
  }

  /** The task of a HAL task list (a filter's list) with {@code taskId}, or null. */
  protected static JsonNode halTask(JsonNode hal, String taskId) {
    for (JsonNode task : hal.path("_embedded").path("task")) {
      if (task.path("id").asText().equals(taskId)) {
        return task;
      }
    }
    return null;
  }

  private static String sessionCookie(ResponseEntity<String> response) {
    List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    return cookies == null ? null : cookies.stream().filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
  }

  /** The claim's task at the given step, claimed by the officer: fails if the officer cannot see it. */
  protected String claimTask(String officer, String caseNumber, String step) throws IOException {
    JsonNode tasks = JSON.readTree(get(officer, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + step).getBody());
    assertThat(tasks).as("%s sees the %s task", officer, step).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    assertThat(post(officer, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", officer)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  /** Submits a task form through the engine's REST API, as Tasklist does. */
  protected ResponseEntity<String> submit(String officer, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return post(officer, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  protected void submitOk(String officer, String taskId, Map<String, Object> values) {
    ResponseEntity<String> response = submit(officer, taskId, values);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The claim's {@code asylum-claim} instance (other processes of the claim share its case number as their key). */
  protected String processInstanceOf(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(AsylumClaimProcess.KEY).singleResult().getId();
  }

  protected List<String> candidateGroupsOfCurrentTask(String processInstanceId) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult()
        .getId();
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
