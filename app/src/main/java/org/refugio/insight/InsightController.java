package org.refugio.insight;

import java.util.List;
import org.refugio.insight.InsightMapper.BacklogRow;
import org.refugio.insight.InsightMapper.ClaimRow;
import org.refugio.insight.InsightMapper.WeekRow;
import org.refugio.insight.InsightService.Bottleneck;
import org.refugio.insight.InsightMapper.DeadlineCountRow;
import org.refugio.insight.InsightService.KpiShareRow;
import org.refugio.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' API: KPIs, bottlenecks per activity, backlog, deadline risk, claims concluded per week and the claims
 * behind every figure, within the manager's offices. Every table also comes as CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}).
 */
@RestController
@RequestMapping("/api/insight")
public class InsightController {

  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final InsightService insight;
  private final InsightRequests requests;
  private final CurrentUsers currentUsers;

  InsightController(InsightService insight, InsightRequests requests, CurrentUsers currentUsers) {
    this.insight = insight;
    this.requests = requests;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/kpis")
  public ResponseEntity<?> kpis(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    InsightService.Kpis kpis = insight.kpis(filter(from, to, office, modality));
    return wantsCsv(format, accept) ? csv("kpis", KpiShareRow.class, kpis.rows()) : ResponseEntity.ok(kpis);
  }

  @GetMapping("/bottlenecks")
  public ResponseEntity<?> bottlenecks(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<Bottleneck> rows = insight.bottlenecks(filter(from, to, office, modality));
    return wantsCsv(format, accept) ? csv("bottlenecks", Bottleneck.class, rows) : ResponseEntity.ok(rows);
  }

  @GetMapping("/backlog")
  public ResponseEntity<?> backlog(@RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<BacklogRow> rows = insight.backlog(filter(null, null, office, modality));
    return wantsCsv(format, accept) ? csv("backlog", BacklogRow.class, rows) : ResponseEntity.ok(rows);
  }

  @GetMapping("/deadline-risk")
  public ResponseEntity<?> deadlineRisk(@RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    InsightService.DeadlineRisks risks = insight.deadlineRisk(filter(null, null, office, modality));
    return wantsCsv(format, accept) ? csv("deadline-risk", DeadlineCountRow.class, risks.rows())
        : ResponseEntity.ok(risks);
  }

  @GetMapping("/concluded-weekly")
  public ResponseEntity<?> concludedWeekly(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<WeekRow> rows = insight.concludedWeekly(filter(from, to, office, modality));
    return wantsCsv(format, accept) ? csv("concluded-weekly", WeekRow.class, rows) : ResponseEntity.ok(rows);
  }

  /** The claims behind a figure: {@code metric} as in {@link InsightService#METRICS}, a page from {@code offset}. */
  @GetMapping("/claims")
  public ResponseEntity<?> claims(@RequestParam(required = false) String metric,
      @RequestParam(required = false) String activityId, @RequestParam(required = false) String deadline,
      @RequestParam(required = false) Integer offset, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String office,
      @RequestParam(required = false) String modality, @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    InsightService.Claims claims = insight.claims(filter(from, to, office, modality), metric, activityId, deadline,
        offset);
    return wantsCsv(format, accept) ? csv("claims-" + metric, ClaimRow.class, claims.claims())
        : ResponseEntity.ok(claims);
  }

  private InsightFilter filter(String from, String to, String office, String modality) {
    return requests.filter(currentUsers.ofRequest(), from, to, office, modality);
  }

  static boolean wantsCsv(String format, String accept) {
    return "csv".equalsIgnoreCase(format) || (accept != null && accept.toLowerCase().contains("text/csv"));
  }

  private static ResponseEntity<String> csv(String name, Class<? extends Record> type, List<? extends Record> rows) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .body(Csv.of(type, rows));
  }
}
