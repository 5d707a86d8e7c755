package org.refugio.rules;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.refugio.rules.RulesWorkbench.DecisionSummary;
import org.refugio.rules.RulesWorkbench.DraftValidation;
import org.refugio.rules.RulesWorkbench.Version;
import org.refugio.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules workbench API (docs/openapi/rules.yaml): deployed decisions and their versions, drafts with validation,
 * test cases and impact, submission, approval by a second policy officer, rejection, rollback, DMN download.
 */
@RestController
public class RulesController {

  private final RulesWorkbench workbench;
  private final ImpactPreview impact;
  private final CurrentUsers currentUsers;

  RulesController(RulesWorkbench workbench, ImpactPreview impact, CurrentUsers currentUsers) {
    this.workbench = workbench;
    this.impact = impact;
    this.currentUsers = currentUsers;
  }

  /** {@code {"reason": "…"}}: why a draft is submitted or rejected, or a version restored. */
  public record ReasonRequest(String reason) {
  }

  /** {@code {"version": 3, "reason": "…"}}. */
  public record RollbackRequest(Integer version, String reason) {
  }

  /** {@code {"name": "…", "inputs": {…}, "expected": {…}}}. */
  public record TestCaseRequest(String name, Map<String, Object> inputs, Map<String, Object> expected) {
  }

  /** A test case as the API shows it. */
  public record TestCaseView(long id, String name, Map<String, Object> inputs, Map<String, Object> expected,
      String updatedBy, java.time.OffsetDateTime updatedAt) {
  }

  @GetMapping("/api/rules")
  public List<DecisionSummary> decisions() {
    return workbench.decisions(currentUsers.ofRequest());
  }

  @GetMapping("/api/rules/{decisionKey}/versions")
  public List<Version> versions(@PathVariable String decisionKey) {
    return workbench.versions(decisionKey, currentUsers.ofRequest());
  }

  /** The DMN of a version (latest without {@code version}), as a download. */
  @GetMapping(path = "/api/rules/{decisionKey}/dmn", produces = MediaType.APPLICATION_XML_VALUE)
  public ResponseEntity<String> dmn(@PathVariable String decisionKey,
      @RequestParam(required = false) Integer version) {
    String xml = workbench.dmn(decisionKey, version, currentUsers.ofRequest());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + decisionKey
            + (version == null ? "" : "-v" + version) + ".dmn\"")
        .body(xml);
  }

  @PostMapping("/api/rules/{decisionKey}/drafts")
  public ResponseEntity<Map<String, Long>> createDraft(@PathVariable String decisionKey,
      @RequestBody(required = false) String xml) {
    long id = workbench.createDraft(decisionKey, xml, currentUsers.ofRequest());
    return ResponseEntity.created(URI.create("/api/rules/drafts/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/rules/{decisionKey}/drafts")
  public List<RuleDraft> drafts(@PathVariable String decisionKey) {
    return workbench.drafts(decisionKey, currentUsers.ofRequest());
  }

  @GetMapping("/api/rules/drafts/{id}")
  public RuleDraft draft(@PathVariable long id) {
    return workbench.draft(id, currentUsers.ofRequest());
  }

  @GetMapping("/api/rules/drafts/{id}/validation")
  public DraftValidation validation(@PathVariable long id) {
    return workbench.validation(id, currentUsers.ofRequest());
  }

  @GetMapping("/api/rules/drafts/{id}/impact")
  public ImpactPreview.Impact impact(@PathVariable long id) {
    return impact.of(id, currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/rules/drafts/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
  public DraftValidation submit(@PathVariable long id, @RequestBody ReasonRequest request) {
    return workbench.submit(id, request.reason(), currentUsers.ofRequest());
  }

  @PostMapping("/api/rules/drafts/{id}/approve")
  public Version approve(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    return workbench.approve(id, request == null ? null : request.reason(), currentUsers.ofRequest());
  }

  @PostMapping("/api/rules/drafts/{id}/reject")
  public RuleDraft reject(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    return workbench.reject(id, request == null ? null : request.reason(), currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/rules/{decisionKey}/rollback", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Version rollback(@PathVariable String decisionKey, @RequestBody RollbackRequest request) {
    return workbench.rollback(decisionKey, request.version(), request.reason(), currentUsers.ofRequest());
  }

  @GetMapping("/api/rules/{decisionKey}/test-cases")
  public List<TestCaseView> testCases(@PathVariable String decisionKey) {
    return workbench.testCases(decisionKey, currentUsers.ofRequest()).stream().map(this::view).toList();
  }

  @PostMapping(path = "/api/rules/{decisionKey}/test-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TestCaseView> addTestCase(@PathVariable String decisionKey,
      @RequestBody TestCaseRequest request) {
    RuleTestCase saved = workbench.saveTestCase(decisionKey, null, request.name(), request.inputs(),
        request.expected(), currentUsers.ofRequest());
    return ResponseEntity.created(URI.create("/api/rules/" + decisionKey + "/test-cases/" + saved.id()))
        .body(view(saved));
  }

  @PutMapping(path = "/api/rules/{decisionKey}/test-cases/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public TestCaseView updateTestCase(@PathVariable String decisionKey, @PathVariable long id,
      @RequestBody TestCaseRequest request) {
    return view(workbench.saveTestCase(decisionKey, id, request.name(), request.inputs(), request.expected(),
        currentUsers.ofRequest()));
  }

  @DeleteMapping("/api/rules/{decisionKey}/test-cases/{id}")
  public ResponseEntity<Void> deleteTestCase(@PathVariable String decisionKey, @PathVariable long id) {
    workbench.deleteTestCase(decisionKey, id, currentUsers.ofRequest());
    return ResponseEntity.noContent().build();
  }

  private TestCaseView view(RuleTestCase testCase) {
    return new TestCaseView(testCase.id(), testCase.name(), runner().parse(testCase.inputs()),
        runner().parse(testCase.expected()), testCase.createdBy(), testCase.updatedAt());
  }

  private TestCaseRunner runner() {
    return workbench.runner();
  }
}
