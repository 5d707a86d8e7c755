package org.refugio.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.refugio.calendar.CalendarService.CalendarYear;
import org.refugio.calendar.CalendarService.Declared;
import org.refugio.calendar.CalendarService.Suspended;
import org.refugio.security.CurrentUser;
import org.refugio.security.CurrentUsers;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
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
 * The calendar API: business-day arithmetic and the list of non-working days for everyone signed in; declaring and
 * removing days and suspensions for policy staff. A change answers how many running deadlines it moved.
 */
@RestController
public class CalendarController {

  /** The header of a 204 answer to a removal: how many running deadlines it moved. */
  public static final String DEADLINES_MOVED_HEADER = "Refugio-Deadlines-Moved";

  private final CalendarService calendar;
  private final CurrentUsers currentUsers;
  private final OfficeMapper offices;

  CalendarController(CalendarService calendar, CurrentUsers currentUsers, OfficeMapper offices) {
    this.calendar = calendar;
    this.currentUsers = currentUsers;
    this.offices = offices;
  }

  /** {@code {"date": "2027-03-25", "reason": "Jueves Santo", "reference": "DOF 15/03/2027", "office": "TAP"}}. */
  public record DayRequest(String date, String reason, String reference, String office) {
  }

  /** {@code {"from": "2027-04-05", "to": "2027-04-16", "reason": "…", "reference": "…", "office": "TAP"}}. */
  public record SuspensionRequest(String from, String to, String reason, String reference, String office) {
  }

  /** A declared day with the number of running deadlines its declaration moved. */
  public record DeclaredDay(LocalDate date, NonWorkingDayKind kind, String office, String reason, String reference,
      String declaredBy, OffsetDateTime declaredAt, int deadlinesMoved) {
  }

  /** The offices a day can be declared for, and whether the caller may declare days at all (for the page). */
  public record Offices(List<Office> offices, boolean mayDeclareNationally, List<String> mayDeclareAt) {
  }

  @GetMapping("/api/calendar/offices")
  public Offices offices() {
    CurrentUser user = currentUsers.ofRequest();
    List<Office> all = offices.findAll();
    return new Offices(all, calendar.mayDeclare(user, null),
        all.stream().map(Office::code).filter(code -> calendar.mayDeclare(user, code)).toList());
  }

  @GetMapping("/api/calendar/business-days/add")
  public Map<String, LocalDate> add(@RequestParam(required = false) String from,
      @RequestParam(required = false) String days, @RequestParam(required = false) String office) {
    return Map.of("date", calendar.addBusinessDays(from, days, office));
  }

  @GetMapping("/api/calendar/business-days/count")
  public Map<String, Integer> count(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office) {
    return Map.of("businessDays", calendar.countBusinessDays(from, to, office));
  }

  @GetMapping("/api/calendar/non-working-days")
  public CalendarYear nonWorkingDays(@RequestParam(required = false) String year,
      @RequestParam(required = false) String office) {
    return calendar.year(year, office);
  }

  @PostMapping(path = "/api/calendar/non-working-days", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DeclaredDay> declare(@RequestBody DayRequest request) {
    Declared declared = calendar.declare(request.date(), request.reason(), request.reference(), request.office(),
        currentUsers.ofRequest());
    CalendarDay day = declared.day();
    String location = "/api/calendar/non-working-days/" + day.date()
        + (day.office() == null ? "" : "?office=" + day.office());
    return ResponseEntity.created(URI.create(location)).body(new DeclaredDay(day.date(), day.kind(), day.office(),
        day.reason(), day.reference(), day.declaredBy(), day.declaredAt(), declared.deadlinesMoved()));
  }

  @DeleteMapping("/api/calendar/non-working-days/{date}")
  public ResponseEntity<Void> remove(@PathVariable String date, @RequestParam(required = false) String office) {
    return moved(calendar.remove(date, office, currentUsers.ofRequest()));
  }

  @PostMapping(path = "/api/calendar/suspensions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Suspended> suspend(@RequestBody SuspensionRequest request) {
    Suspended suspended = calendar.suspend(request.from(), request.to(), request.reason(), request.reference(),
        request.office(), currentUsers.ofRequest());
    return ResponseEntity.status(HttpStatus.CREATED).body(suspended);
  }

  @DeleteMapping("/api/calendar/suspensions")
  public ResponseEntity<Void> lift(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office) {
    return moved(calendar.lift(from, to, office, currentUsers.ofRequest()));
  }

  @PostMapping("/api/calendar/deadlines/recompute")
  public Map<String, Integer> recompute() {
    return Map.of("deadlinesMoved", calendar.recomputeDeadlines(currentUsers.ofRequest()));
  }

  private static ResponseEntity<Void> moved(int deadlinesMoved) {
    return ResponseEntity.noContent().header(DEADLINES_MOVED_HEADER, String.valueOf(deadlinesMoved)).build();
  }
}
