package org.refugio.casefile;

import java.io.IOException;
import java.util.List;
import org.refugio.documents.DocumentContent;
import org.refugio.security.CurrentUsers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case-file API: the whole file (by case number with a reason, or by the task being worked on), uploads with
 * versions, notes, downloads, and the read audit. Nothing it answers may be cached.
 */
@RestController
@RequestMapping("/api/casefile")
public class CaseFileController {

  /** Header by which a client says why it reads, when the reason is not a query parameter. */
  public static final String REASON_HEADER = "Refugio-Read-Reason";
  private static final int AUDIT_LIMIT = 500;

  private final CaseFileService service;
  private final ReadAudit audit;
  private final CurrentUsers currentUsers;

  private final FrontDeskSearch frontDesk;

  CaseFileController(CaseFileService service, ReadAudit audit, CurrentUsers currentUsers, FrontDeskSearch frontDesk) {
    this.frontDesk = frontDesk;
    this.service = service;
    this.audit = audit;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/{caseNumber}")
  public ResponseEntity<CaseFileView> read(@PathVariable String caseNumber,
      @RequestParam(required = false) String reason, @RequestParam(required = false) Long forPerson) {
    return noStore(service.read(caseNumber, currentUsers.ofRequest(), reason, forPerson));
  }

  @GetMapping("/search")
  public ResponseEntity<List<FrontDeskSearch.StatusOnly>> search(@RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
          iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate dateOfBirth) {
    return noStore(frontDesk.search(caseNumber, name, dateOfBirth, currentUsers.ofRequest()));
  }

  @GetMapping("/tasks/{taskId}")
  public ResponseEntity<CaseFileView> readForTask(@PathVariable String taskId) {
    return noStore(service.readForTask(taskId, currentUsers.ofRequest()));
  }

  @PostMapping(path = "/{caseNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<CaseDocument> upload(@PathVariable String caseNumber,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String type, @RequestParam(required = false) Long personId,
      @RequestParam(defaultValue = "false") boolean confidential,
      @RequestParam(defaultValue = "false") boolean confidentialFromFamily,
      @RequestParam(required = false) Long replaces) throws IOException {
    CaseDocument stored = service.upload(caseNumber, new CaseFileService.Upload(
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), type, personId,
        confidential, confidentialFromFamily, replaces), currentUsers.ofRequest());
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(stored);
  }

  @GetMapping("/{caseNumber}/documents/{documentId}")
  public ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long documentId,
      @RequestParam(required = false) String reason,
      @org.springframework.web.bind.annotation.RequestHeader(name = REASON_HEADER, required = false) String header) {
    DocumentContent content = service.download(caseNumber, documentId, currentUsers.ofRequest(),
        reason != null ? reason : header);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + content.fileName() + "\"")
        .cacheControl(CacheControl.noStore())
        .body(content.content());
  }

  /** Body of {@code POST /api/casefile/{caseNumber}/notes}. */
  public record NoteRequest(String text, Boolean confidential) {
  }

  @PostMapping("/{caseNumber}/notes")
  public ResponseEntity<CaseNote> addNote(@PathVariable String caseNumber,
      @RequestBody(required = false) NoteRequest request) {
    NoteRequest body = request == null ? new NoteRequest(null, false) : request;
    CaseNote note = service.addNote(caseNumber, body.text(), Boolean.TRUE.equals(body.confidential()),
        currentUsers.ofRequest());
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(note);
  }

  /** Body of {@code PUT /api/casefile/{caseNumber}/confidential-fields}. */
  public record ConfidentialFieldsRequest(List<String> fields) {
  }

  @org.springframework.web.bind.annotation.PutMapping("/{caseNumber}/confidential-fields")
  public ResponseEntity<java.util.Map<String, List<String>>> confidentialFields(@PathVariable String caseNumber,
      @RequestBody(required = false) ConfidentialFieldsRequest request) {
    List<String> marked = service.markConfidentialFields(caseNumber, request == null ? null : request.fields(),
        currentUsers.ofRequest());
    return noStore(java.util.Map.of("confidentialFields", marked));
  }

  @GetMapping("/{caseNumber}/audit")
  public ResponseEntity<List<ReadEvent>> auditOfCase(@PathVariable String caseNumber) {
    return noStore(audit.ofCase(caseNumber, currentUsers.ofRequest(), AUDIT_LIMIT));
  }

  @GetMapping("/audit")
  public ResponseEntity<List<ReadEvent>> auditOfOffice(@RequestParam String office) {
    return noStore(audit.ofOffice(office, currentUsers.ofRequest(), AUDIT_LIMIT));
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
  ResponseEntity<org.refugio.engine.ApiErrorHandler.ApiError> badParameter(
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
    String hint = java.time.LocalDate.class.equals(e.getRequiredType()) ? " Use el formato AAAA-MM-DD." : "";
    return ResponseEntity.badRequest().body(new org.refugio.engine.ApiErrorHandler.ApiError(
        "El parámetro " + e.getName() + " tiene un formato incorrecto." + hint,
        List.of(new org.refugio.engine.FieldError(e.getName(), "Valor con formato incorrecto." + hint))));
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
