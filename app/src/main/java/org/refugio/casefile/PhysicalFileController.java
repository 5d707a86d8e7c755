package org.refugio.casefile;

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
import org.springframework.web.bind.annotation.RestController;

/** The File Tracking System's API: register, look up (also by label), move, digitize, print the label. */
@RestController
@RequestMapping("/api/casefile")
public class PhysicalFileController {

  private final PhysicalFiles files;
  private final CurrentUsers currentUsers;

  PhysicalFileController(PhysicalFiles files, CurrentUsers currentUsers) {
    this.files = files;
    this.currentUsers = currentUsers;
  }

  /** Body of the requests that move a paper file; each uses the fields it needs. */
  public record MoveRequest(String room, String shelf, String box, String holder, String toOffice, String state,
      Integer pageCount) {

    PhysicalFiles.Location location() {
      return new PhysicalFiles.Location(room, shelf, box);
    }
  }

  private static MoveRequest orEmpty(MoveRequest request) {
    return request == null ? new MoveRequest(null, null, null, null, null, null, null) : request;
  }

  @PostMapping("/{caseNumber}/physical")
  public ResponseEntity<PhysicalFile> register(@PathVariable String caseNumber,
      @RequestBody(required = false) MoveRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(files.register(caseNumber, orEmpty(request).location(), currentUsers.ofRequest()));
  }

  @GetMapping("/{caseNumber}/physical")
  public PhysicalFile find(@PathVariable String caseNumber) {
    return files.find(caseNumber, currentUsers.ofRequest());
  }

  @GetMapping("/physical/labels/{labelCode}")
  public PhysicalFile findByLabel(@PathVariable String labelCode) {
    return files.findByLabel(labelCode, currentUsers.ofRequest());
  }

  @PostMapping("/{caseNumber}/physical/check-out")
  public PhysicalFile checkOut(@PathVariable String caseNumber, @RequestBody(required = false) MoveRequest request) {
    return files.checkOut(caseNumber, orEmpty(request).holder(), currentUsers.ofRequest());
  }

  @PostMapping("/{caseNumber}/physical/check-in")
  public PhysicalFile checkIn(@PathVariable String caseNumber, @RequestBody(required = false) MoveRequest request) {
    return files.checkIn(caseNumber, orEmpty(request).location(), currentUsers.ofRequest());
  }

  @PostMapping("/{caseNumber}/physical/transit")
  public PhysicalFile sendTo(@PathVariable String caseNumber, @RequestBody(required = false) MoveRequest request) {
    return files.sendTo(caseNumber, orEmpty(request).toOffice(), currentUsers.ofRequest());
  }

  @PostMapping("/{caseNumber}/physical/digitization")
  public PhysicalFile digitization(@PathVariable String caseNumber,
      @RequestBody(required = false) MoveRequest request) {
    MoveRequest body = orEmpty(request);
    return files.digitization(caseNumber, body.state(), body.pageCount(), currentUsers.ofRequest());
  }

  @GetMapping("/{caseNumber}/physical/label.pdf")
  public ResponseEntity<byte[]> label(@PathVariable String caseNumber) {
    byte[] pdf = files.label(caseNumber, currentUsers.ofRequest());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"etiqueta-" + caseNumber + ".pdf\"")
        .cacheControl(CacheControl.noStore()).body(pdf);
  }
}
