package org.refugio.interpretation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.refugio.casefile.ReadAudit;
import org.refugio.claim.ClaimRecord;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.refugio.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A claim's interpreter bookings and their history ({@code GET /api/claims/{caseNumber}/interpreter-bookings}), and
 * the interviewing officer's record that the interpreter did not come ({@code POST …/no-show}), which books again.
 */
@RestController
@RequestMapping("/api/claims/{caseNumber}/interpreter-bookings")
public class InterpreterBookingController {

  private final InterpretationService interpretation;
  private final ReadAudit audit;
  private final CurrentUsers currentUsers;

  InterpreterBookingController(InterpretationService interpretation, ReadAudit audit, CurrentUsers currentUsers) {
    this.interpretation = interpretation;
    this.audit = audit;
    this.currentUsers = currentUsers;
  }

  /** Body of {@code POST …/no-show}: what happened, optional. */
  public record NoShowRequest(String reason) {
  }

  @GetMapping
  public Map<String, Object> bookings(@PathVariable String caseNumber,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestHeader(name = "Refugio-Read-Reason", required = false) String reasonHeader) {
    ClaimRecord claim = audit.read(caseNumber, currentUsers.ofRequest(), "interpreter-bookings",
        reason != null ? reason : reasonHeader);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", claim.caseNumber());
    answer.put("bookings", interpretation.bookingsOf(claim.id()));
    answer.put("history", interpretation.historyOf(claim.id()));
    return answer;
  }

  @PostMapping("/no-show")
  public ResponseEntity<Map<String, Object>> noShow(@PathVariable String caseNumber,
      @RequestBody(required = false) NoShowRequest request) {
    CurrentUser user = currentUsers.ofRequest();
    ClaimRecord claim = audit.read(caseNumber, user, "interpreter-bookings", "inasistencia del intérprete");
    if (!user.hasRole(Role.ELIGIBILITY, claim.officeCode()) && !user.hasRole(Role.REGISTRATION, claim.officeCode())) {
      throw new AccessDeniedException("Solo quien entrevista (elegibilidad o registro de la oficina "
          + claim.officeCode() + ") registra la inasistencia del intérprete.");
    }
    InterpretationService.NoShow noShow = interpretation.recordNoShow(claim,
        request == null ? null : request.reason(), user.userId());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", claim.caseNumber());
    answer.put("missedBooking", noShow.missedBooking());
    answer.put("newBooking", noShow.newBooking());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
  }
}
