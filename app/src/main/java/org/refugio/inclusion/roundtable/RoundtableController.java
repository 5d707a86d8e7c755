package org.refugio.inclusion.roundtable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.refugio.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roundtables ({@code /api/roundtables}), their members, their gap reports (JSON, CSV, PDF) with the cases behind
 * each figure, and their sessions and agreements.
 */
@RestController
public class RoundtableController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final RoundtableService roundtables;
  private final GapReports reports;
  private final RoundtableAgreements agreements;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  RoundtableController(RoundtableService roundtables, GapReports reports, RoundtableAgreements agreements,
      CurrentUsers currentUsers, Clock clock) {
    this.roundtables = roundtables;
    this.reports = reports;
    this.agreements = agreements;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/api/roundtables")
  public List<Roundtable> list() {
    return roundtables.list(currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/roundtables", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Roundtable> create(@RequestBody NewRoundtable body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(roundtables.create(body, currentUsers.ofRequest()));
  }

  @GetMapping("/api/roundtables/{id}")
  public Roundtable roundtable(@PathVariable long id) {
    return roundtables.get(id, currentUsers.ofRequest());
  }

  @PostMapping(path = "/api/roundtables/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RoundtableMember> addMember(@PathVariable long id, @RequestBody NewMember body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(roundtables.addMember(id, body, currentUsers.ofRequest()));
  }

  @DeleteMapping("/api/roundtables/{id}/members/{memberId}")
  public ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId) {
    roundtables.removeMember(id, memberId, currentUsers.ofRequest());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/roundtables/{id}/gaps")
  public GapReport gaps(@PathVariable long id, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return reports.report(id, GapPeriod.parse(from, to), currentUsers.ofRequest());
  }

  @GetMapping("/api/roundtables/{id}/gaps/cases")
  public GapCases cases(@PathVariable long id, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String theme,
      @RequestParam(required = false) String institution, @RequestParam(required = false) String reason) {
    return reports.cases(id, GapPeriod.parse(from, to), theme, institution, reason, currentUsers.ofRequest());
  }

  @GetMapping("/api/roundtables/{id}/gaps.csv")
  public ResponseEntity<String> gapsCsv(@PathVariable long id, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    GapReport report = reports.report(id, GapPeriod.parse(from, to), currentUsers.ofRequest());
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + ".csv\"")
        .body(GapReports.csv(report));
  }

  @GetMapping("/api/roundtables/{id}/gaps.pdf")
  public ResponseEntity<byte[]> gapsPdf(@PathVariable long id, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    GapReport report = reports.report(id, GapPeriod.parse(from, to), currentUsers.ofRequest());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + ".pdf\"")
        .body(GapReportPdf.render(report, LocalDate.now(clock)));
  }

  @PostMapping(path = "/api/roundtables/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RecordedSession> recordSession(@PathVariable long id, @RequestBody NewSession body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(agreements.recordSession(id, body,
        currentUsers.ofRequest()));
  }

  @GetMapping("/api/roundtables/{id}/agreements")
  public List<Agreement> agreements(@PathVariable long id) {
    return agreements.agreements(id, currentUsers.ofRequest());
  }

  private static String fileName(GapReport report) {
    return "brechas-mesa-" + report.roundtableId() + "-" + report.from() + "-" + report.to();
  }
}
