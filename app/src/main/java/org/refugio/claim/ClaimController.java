package org.refugio.claim;

import java.net.URI;
import java.util.Map;
import org.refugio.casefile.CaseFileController;
import org.refugio.casefile.CaseFileService;
import org.refugio.casefile.ReadAudit;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claims API: registration, status, the documents issued for a claim, and what happens to it from outside its
 * queues (appeal, withdrawal, death, transfer, a dependant decided separately).
 */
@RestController
@RequestMapping("/api/claims")
public class ClaimController {

  private final ClaimService claimService;
  private final ClaimStatusService statusService;
  private final CurrentUsers currentUsers;
  private final ClaimProceedings proceedings;
  private final DependantOutcomes dependantOutcomes;

  private final ReadAudit readAudit;
  private final CaseFileService caseFiles;

  ClaimController(ClaimService claimService, ClaimStatusService statusService,
      CurrentUsers currentUsers, ClaimProceedings proceedings, DependantOutcomes dependantOutcomes,
      ReadAudit readAudit, CaseFileService caseFiles) {
    this.readAudit = readAudit;
    this.caseFiles = caseFiles;
    this.dependantOutcomes = dependantOutcomes;
    this.claimService = claimService;
    this.statusService = statusService;
    this.currentUsers = currentUsers;
    this.proceedings = proceedings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, String>> register(@RequestBody ClaimRegistration registration,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    RegisteredClaim claim = claimService.register(registration, idempotencyKey, currentUsers.ofRequest());
    return ResponseEntity.status(claim.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/claims/" + claim.caseNumber()))
        .body(Map.of("caseNumber", claim.caseNumber()));
  }

  /** Reading a claim's status reads personal data (names of the family): it is audited like the case file. */
  @GetMapping("/{caseNumber}")
  public ClaimStatus status(@PathVariable String caseNumber,
      @RequestParam(required = false) String reason,
      @RequestHeader(name = CaseFileController.REASON_HEADER, required = false) String reasonHeader) {
    readAudit.read(caseNumber, currentUsers.ofRequest(), "status", reason != null ? reason : reasonHeader);
    return statusService.status(caseNumber, currentUsers.ofRequest());
  }

  /** Body of {@code POST /api/claims/{caseNumber}/appeal}. */
  public record AppealRequest(java.time.LocalDate filedOn) {
  }

  /** Body of {@code POST /api/claims/{caseNumber}/withdrawal}. */
  public record WithdrawalRequest(String reason) {
  }

  /** Body of {@code POST /api/claims/{caseNumber}/death}. */
  public record DeathRequest(java.time.LocalDate dateOfDeath, String detail) {
  }

  /** Body of {@code POST /api/claims/{caseNumber}/transfer}. */
  public record TransferRequest(String office, java.time.LocalDate authorizedOn, String reason) {
  }

  /** Body of {@code PUT /api/claims/{caseNumber}/dependants/{personId}/outcome}. */
  public record DependantOutcomeRequest(String outcome, String grounds) {
  }

  @PostMapping("/{caseNumber}/death")
  public ClaimStatus death(@PathVariable String caseNumber, @RequestBody(required = false) DeathRequest request) {
    proceedings.recordDeath(caseNumber, request == null ? null : request.dateOfDeath(),
        request == null ? null : request.detail(), currentUsers.ofRequest());
    return statusService.status(caseNumber, currentUsers.ofRequest());
  }

  /**
   * Answer of {@code POST /api/claims/{caseNumber}/transfer}: the claim's new office and the transfer recorded. Not
   * the claim's status, which an officer of the old office may no longer read.
   */
  public record TransferResponse(String caseNumber, String office, ClaimTransfer transfer) {
  }

  @PostMapping("/{caseNumber}/transfer")
  public TransferResponse transfer(@PathVariable String caseNumber,
      @RequestBody(required = false) TransferRequest request) {
    TransferRequest body = request == null ? new TransferRequest(null, null, null) : request;
    ClaimTransfer transfer = proceedings.transfer(caseNumber, body.office(), body.authorizedOn(), body.reason(),
        currentUsers.ofRequest());
    return new TransferResponse(caseNumber, transfer.toOffice(), transfer);
  }

  @PutMapping("/{caseNumber}/dependants/{personId}/outcome")
  public ClaimStatus dependantOutcome(@PathVariable String caseNumber, @PathVariable long personId,
      @RequestBody(required = false) DependantOutcomeRequest request) {
    DependantOutcomeRequest body = request == null ? new DependantOutcomeRequest(null, null) : request;
    dependantOutcomes.decideSeparately(caseNumber, personId, body.outcome(), body.grounds(),
        currentUsers.ofRequest());
    return statusService.status(caseNumber, currentUsers.ofRequest());
  }

  @PostMapping("/{caseNumber}/appeal")
  public ResponseEntity<ClaimStatus> appeal(@PathVariable String caseNumber,
      @RequestBody(required = false) AppealRequest request) {
    proceedings.fileAppeal(caseNumber, request == null ? null : request.filedOn(), currentUsers.ofRequest());
    return ResponseEntity.accepted().body(statusService.status(caseNumber, currentUsers.ofRequest()));
  }

  @PostMapping("/{caseNumber}/withdrawal")
  public ClaimStatus withdraw(@PathVariable String caseNumber,
      @RequestBody(required = false) WithdrawalRequest request) {
    proceedings.withdraw(caseNumber, request == null ? null : request.reason(), currentUsers.ofRequest());
    return statusService.status(caseNumber, currentUsers.ofRequest());
  }

  @GetMapping("/{caseNumber}/documents/{documentId}")
  public ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId,
      @RequestParam(required = false) String reason,
      @RequestHeader(name = CaseFileController.REASON_HEADER, required = false) String reasonHeader) {
    return caseFiles.downloadIssued(caseNumber, documentId, currentUsers.ofRequest(),
            reason != null ? reason : reasonHeader)
        .map(content -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(content.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + content.fileName() + "\"")
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(content.content()))
        .orElseThrow(() -> new DocumentNotFoundException(caseNumber, documentId));
  }
}
