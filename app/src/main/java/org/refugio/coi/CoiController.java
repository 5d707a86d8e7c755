package org.refugio.coi;

import java.util.List;
import java.util.Map;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.ClaimStatusService;
import org.refugio.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COI repository ({@code /api/coi/documents}, {@code /api/coi/tags}), SRE's requests ({@code /api/coi/requests})
 * and the COI a claim relies on ({@code /api/claims/{caseNumber}/coi}).
 */
@RestController
public class CoiController {

  private final CoiService coi;
  private final ClaimStatusService claims;
  private final CurrentUsers currentUsers;

  CoiController(CoiService coi, ClaimStatusService claims, CurrentUsers currentUsers) {
    this.coi = coi;
    this.claims = claims;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/coi/documents")
  public List<CoiDocument> search(@RequestParam(required = false) String country,
      @RequestParam(required = false) String tag, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeExpired) {
    return coi.search(country, tag, q, includeExpired, currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/coi/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CoiDocument> store(@RequestBody NewCoiDocument document) {
    return ResponseEntity.status(HttpStatus.CREATED).body(coi.store(document, currentUsers.ofRequest()));
  }

  @GetMapping("/api/coi/documents/{id}")
  public CoiDocument document(@PathVariable long id) {
    return coi.document(id, currentUsers.ofRequest());
  }

  @GetMapping("/api/coi/documents/{id}/content")
  public ResponseEntity<byte[]> content(@PathVariable long id) {
    CoiContent content = coi.content(id, currentUsers.ofRequest());
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"coi-" + id
            + ("application/pdf".equals(content.mediaType()) ? ".pdf" : ".html") + "\"")
        .header("Content-Security-Policy", "sandbox")
        .body(content.content());
  }

  @PutMapping(path = "/api/coi/documents/{id}/tags", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CoiDocument retag(@PathVariable long id, @RequestBody List<String> tags) {
    return coi.retag(id, tags, currentUsers.ofRequest());
  }

  @GetMapping("/api/coi/tags")
  public List<CoiTag> tags() {
    return coi.tags(currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/coi/tags", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CoiTag> addTag(@RequestBody CoiTag tag) {
    return ResponseEntity.status(HttpStatus.CREATED).body(coi.addTag(tag, currentUsers.ofRequest()));
  }

  @GetMapping("/api/coi/requests")
  public List<CoiRequest> requests(@RequestParam(required = false) String status) {
    return coi.requests(status, currentUsers.ofRequest());
  }

  /** How many claims wait for each open request: the COI unit's only; SRE is refused. */
  @GetMapping("/api/coi/requests/waiting")
  public List<CoiRequestWaiting> waiting() {
    return coi.waiting(currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/coi/requests/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CoiDocument> answer(@PathVariable long id, @RequestBody NewCoiDocument document) {
    return ResponseEntity.status(HttpStatus.CREATED).body(coi.answer(id, document, currentUsers.ofRequest()));
  }

  @GetMapping("/api/claims/{caseNumber}/coi")
  public List<CoiDocument> attached(@PathVariable String caseNumber) {
    ClaimRecord claim = claims.readableClaim(caseNumber, currentUsers.ofRequest());
    return coi.attached(claim.id());
  }

  @PostMapping(path = "/api/claims/{caseNumber}/coi", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CoiDocument> attach(@PathVariable String caseNumber, @RequestBody Map<String, Long> body) {
    ClaimRecord claim = claims.readableClaim(caseNumber, currentUsers.ofRequest());
    Long documentId = body == null ? null : body.get("documentId");
    if (documentId == null) {
      throw new org.refugio.engine.InvalidRequestException("No se adjuntó el documento.",
          List.of(new org.refugio.engine.FieldError("documentId", "Indique el documento a adjuntar (documentId).")));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(coi.attach(claim.id(), documentId,
        currentUsers.ofRequest()));
  }
}
