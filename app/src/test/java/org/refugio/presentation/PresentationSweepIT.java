package org.refugio.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.refugio.claim.ClaimService;
import org.refugio.presentation.PresentationSweep.Abandonment;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The sweep on real data: its query over claims and presentations, and its job signalling claim by claim. */
class PresentationSweepIT extends IntegrationTest {

  /** Case numbers of claims inserted here: at an office no other test uses, outside the registration numbering. */
  private static final String PREFIX = "ACY-SWEEP-";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  PresentationMapper presentations;
  @Autowired
  PresentationPolicy policy;
  @Autowired
  AbandonmentSignal engineSignal;

  @Test
  void shouldFindTheOpenClaimsWhoseApplicantsMissedTwoConsecutiveWeeks() {
    // Given claims of 2027 (out of reach of every other test's "today"), seen on Wednesday 17 March 2027: the two
    // last full weeks are 1–7 and 8–14 March
    String registeredSunday = claim(at(2027, 2, 28, 12), "OPEN", false);
    String registeredSundayNight = claim(at(2027, 2, 28, 23), "OPEN", false);
    String registeredMonday = claim(at(2027, 3, 1, 9), "OPEN", false);
    String neverPresented = claim(at(2027, 1, 6, 10), "OPEN", false);
    String presentedBefore = claim(at(2027, 1, 6, 10), "OPEN", false);
    presented(presentedBefore, LocalDate.of(2027, 2, 26));
    String presentedOnASaturday = claim(at(2027, 1, 6, 10), "OPEN", false);
    presented(presentedOnASaturday, LocalDate.of(2027, 2, 10));
    presented(presentedOnASaturday, LocalDate.of(2027, 3, 6));
    String closed = claim(at(2027, 1, 6, 10), "CLOSED", false);
    String detained = claim(at(2027, 1, 6, 10), "OPEN", true);

    List<String> ofThisTest = List.of(registeredSunday, registeredSundayNight, registeredMonday, neverPresented,
        presentedBefore, presentedOnASaturday, closed, detained);

    // When the sweep looks for abandoned claims that day
    Map<String, Abandonment> due = sweepOn(LocalDate.of(2027, 3, 17), (caseNumber, detail) -> { }).findDue().stream()
        .filter(a -> ofThisTest.contains(a.caseNumber()))
        .collect(Collectors.toMap(Abandonment::caseNumber, a -> a));

    // Then it finds exactly those with two or more missed weeks, counted in Mexico City days
    assertThat(due).containsOnlyKeys(registeredSunday, registeredSundayNight, neverPresented, presentedBefore);
    assertThat(due.get(registeredSunday).detail()).isEqualTo("2 presentaciones semanales consecutivas no realizadas "
        + "(semanas del 1 de marzo de 2027 al 14 de marzo de 2027)");
    assertThat(due.get(neverPresented).missedWeeks()).isEqualTo(9);
    assertThat(due.get(neverPresented).from()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(due.get(presentedBefore).missedWeeks()).isEqualTo(2);
    assertThat(due).doesNotContainKeys(registeredMonday, presentedOnASaturday, closed, detained);
  }

  @Test
  void shouldFollowTheConfiguredThreshold() {
    String oneWeekMissed = claim(at(2027, 3, 1, 9), "OPEN", false);

    PresentationSweep strict = new PresentationSweep(presentations, new PresentationPolicy(1, policy.sweepCron()),
        fixedAt(LocalDate.of(2027, 3, 17)), (caseNumber, detail) -> { });

    assertThat(strict.findDue()).extracting(Abandonment::caseNumber).contains(oneWeekMissed);
    assertThat(strict.findDue()).filteredOn(a -> a.caseNumber().equals(oneWeekMissed)).extracting(Abandonment::detail)
        .containsExactly("1 presentación semanal no realizada (semana del 8 de marzo de 2027 al 14 de marzo de 2027)");
  }

  @Test
  void shouldSignalEachClaimInItsOwnTransactionWhenTheSweepJobRuns() {
    // Given two claims abandoned as of today: one whose procedure awaits the abandonment message, one whose does not
    LocalDate today = LocalDate.now(ClaimService.ZONE);
    String awaiting = claim(today.minusWeeks(5).atTime(LocalTime.NOON).atZone(ClaimService.ZONE)
        .toOffsetDateTime(), "OPEN", false);
    String notAwaiting = claim(today.minusWeeks(5).atTime(LocalTime.NOON).atZone(ClaimService.ZONE)
        .toOffsetDateTime(), "OPEN", false);
    Deployment catcher = engine.getRepositoryService().createDeployment()
        .addModelInstance("claim-abandoned-catcher.bpmn", catcher()).deploy();
    try {
      String catching = engine.getRuntimeService().startProcessInstanceByKey("claim-abandoned-catcher", awaiting)
          .getId();

      // When the sweep's job runs on the job executor, as every morning
      String sweep = engine.getRuntimeService().createProcessInstanceByKey(PresentationSweepProcess.KEY)
          .startBeforeActivity(PresentationSweepProcess.Elements.SERVICE_SIGNAL_ABANDONMENTS).execute().getId();
      awaitJobs(sweep);

      // Then the first claim got the message with its reason, although the second one's failed after it, in the
      // same job
      Map<String, Object> received = historicVariables(catching);
      assertThat(received).containsEntry(PresentationSweepProcess.ClaimAbandoned.CLOSURE_REASON.name(),
          "ABANDONMENT");
      assertThat((String) received.get(PresentationSweepProcess.ClaimAbandoned.CLOSURE_DETAIL.name()))
          .matches("\\d presentaciones semanales consecutivas no realizadas \\(semanas del .+ al .+\\)");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(catching)
          .finished().count()).isEqualTo(1);
      // and the sweep completed, reporting the other
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(sweep)
          .finished().count()).isEqualTo(1);
      Map<String, Object> report = historicVariables(sweep);
      assertThat((Integer) report.get(PresentationSweepProcess.CLAIMS_SIGNALLED.name())).isPositive();
      assertThat((String) report.get(PresentationSweepProcess.CASE_NUMBERS_NOT_SIGNALLED.name()))
          .contains(notAwaiting).doesNotContain(awaiting);
    } finally {
      engine.getRepositoryService().deleteDeployment(catcher.getId(), true);
    }
  }

  @Test
  void shouldFailTheSignalWhenNoProcedureAwaitsIt() {
    assertThatThrownBy(() -> engineSignal.signal(PREFIX + "NONE", "detalle"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
  }

  @Test
  void shouldScheduleTheSweepDailyWithTheConfiguredCron() {
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(PresentationSweepProcess.KEY).singleResult();

    LocalDateTime now = LocalDateTime.now();
    LocalDateTime next = now.toLocalDate().atTime(6, 0);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    assertThat(policy.sweepCron()).isEqualTo("0 0 6 * * ?");
    assertThat(timer.getDuedate()).isEqualTo(Date.from(next.atZone(ZoneId.systemDefault()).toInstant()));
    // a changed cron applies from the next run: the engine re-reads the timer's expression when it fires
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isReevaluateTimeCycleWhenDue()).isTrue();
  }

  private PresentationSweep sweepOn(LocalDate day, AbandonmentSignal signal) {
    return new PresentationSweep(presentations, policy, fixedAt(day), signal);
  }

  private static Clock fixedAt(LocalDate day) {
    return Clock.fixed(day.atTime(6, 0).atZone(ClaimService.ZONE).toInstant(), ClaimService.ZONE);
  }

  private static OffsetDateTime at(int year, int month, int day, int hour) {
    return LocalDate.of(year, month, day).atTime(hour, 30).atZone(ClaimService.ZONE).toOffsetDateTime();
  }

  /** Inserts a claim registered at the given moment; returns its case number. */
  private String claim(OffsetDateTime registeredAt, String status, boolean detained) {
    String caseNumber = PREFIX + String.format("%06d", SEQUENCE.incrementAndGet());
    LocalDate registeredOn = registeredAt.atZoneSameInstant(ClaimService.ZONE).toLocalDate();
    jdbc.update("insert into refugio.claim (case_number, office_code, application_date, entry_date, entry_place, "
        + "detained, filed_by_representative, late_filing, status, registered_by, registered_at) "
        + "values (?, 'ACY', ?, ?, 'Acayucan', ?, false, false, ?, 'test', ?)",
        caseNumber, registeredOn, registeredOn.minusDays(3), detained, status, registeredAt);
    return caseNumber;
  }

  private void presented(String caseNumber, LocalDate day) {
    jdbc.update("insert into refugio.presentation (claim_id, presented_on, office_code, method, recorded_by) "
        + "select id, ?, 'ACY', 'DESK', 'test' from refugio.claim where case_number = ?", day, caseNumber);
  }

  /** A stand-in for the abandonment event that asylum-claim does not have yet: waits for ClaimAbandoned. */
  private static BpmnModelInstance catcher() {
    return Bpmn.createExecutableProcess("claim-abandoned-catcher").camundaHistoryTimeToLive(1)
        .startEvent("start_catcher")
        .intermediateCatchEvent("msg_claim_abandoned").message(PresentationSweepProcess.ClaimAbandoned.MESSAGE)
        .endEvent("end_catcher")
        .done();
  }

  private Map<String, Object> historicVariables(String processInstanceId) {
    List<HistoricVariableInstance> variables = new ArrayList<>(engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list());
    return variables.stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
  }
}
