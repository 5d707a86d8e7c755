package org.refugio.presentation;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.refugio.presentation.PresentationService.Recorded;
import org.refugio.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The weekly presentation API: record a presentation (by case number or constancia code), see them, set the day. */
@RestController
public class PresentationController {

  private final PresentationService presentations;
  private final CurrentUsers currentUsers;

  PresentationController(PresentationService presentations, CurrentUsers currentUsers) {
    this.presentations = presentations;
    this.currentUsers = currentUsers;
  }

  /** {@code {"presentedOn": "2026-11-20"}}; without a date, today in Mexico City. */
  public record PresentationRequest(LocalDate presentedOn) {
  }

  /** {@code {"code": "…"}}: the constancia's verification code, as read from its QR code or typed. */
  public record CodeRequest(String code) {
  }

  /** {@code {"weekday": "TUESDAY", "office": "TAP"}}; either may be left out to keep it. */
  public record ScheduleRequest(DayOfWeek weekday, String office) {
  }

  @PostMapping("/api/claims/{caseNumber}/presentations")
  public ResponseEntity<PresentationView> record(@PathVariable String caseNumber,
      @RequestBody(required = false) PresentationRequest request) {
    LocalDate presentedOn = request == null ? null : request.presentedOn();
    return respond(presentations.record(caseNumber, presentedOn, currentUsers.ofRequest()));
  }

  @PostMapping(path = "/api/presentations/by-code", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PresentationView> recordByCode(@RequestBody CodeRequest request) {
    return respond(presentations.recordByCode(request.code(), currentUsers.ofRequest()));
  }

  @GetMapping("/api/claims/{caseNumber}/presentations")
  public PresentationOverview overview(@PathVariable String caseNumber) {
    return presentations.overview(caseNumber, currentUsers.ofRequest());
  }

  @PutMapping(path = "/api/claims/{caseNumber}/presentations/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
  public PresentationOverview assignSchedule(@PathVariable String caseNumber, @RequestBody ScheduleRequest request) {
    return presentations.assignSchedule(caseNumber, request.weekday(), request.office(), currentUsers.ofRequest());
  }

  private static ResponseEntity<PresentationView> respond(Recorded recorded) {
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/claims/" + recorded.presentation().caseNumber() + "/presentations"))
        .body(recorded.presentation());
  }
}
