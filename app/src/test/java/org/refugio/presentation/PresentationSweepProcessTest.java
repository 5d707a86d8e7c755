package org.refugio.presentation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.refugio.presentation.PresentationSweepProcess.*;
import static org.refugio.presentation.PresentationSweepProcess.Elements.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.claim.ClaimService;
import org.refugio.engine.ProcessTestEngine;
import org.refugio.presentation.PresentationMapper.OverdueClaim;

/**
 * Every path of {@code presentation-sweep}: the daily timer, the sweep with the real finder logic over a stubbed
 * query, and an {@link AbandonmentSignal} that records its calls (and refuses one claim, as {@code asylum-claim} does
 * while it has no abandonment event).
 */
@Deployment(resources = "processes/presentation-sweep.bpmn")
class PresentationSweepProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  /** Wednesday 17 March 2027 in Mexico City: the last two full weeks are 1–7 and 8–14 March. */
  private static final Clock WEDNESDAY = Clock.fixed(
      LocalDate.of(2027, 3, 17).atTime(LocalTime.of(6, 0)).atZone(ClaimService.ZONE).toInstant(), ClaimService.ZONE);
  private static final String REFUSED = "TAP-2027-000003";

  private final PresentationMapper mapper = mock(PresentationMapper.class);
  private final List<String> signals = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    PresentationPolicy policy = new PresentationPolicy(2, "0 0 6 * * ?");
    AbandonmentSignal recorder = (caseNumber, detail) -> {
      signals.add(caseNumber + ": " + detail);
      if (caseNumber.equals(REFUSED)) {
        throw new IllegalStateException("no abandonment event for " + caseNumber);
      }
    };
    Mocks.register("presentationSweepSchedule", new PresentationSweepSchedule(policy));
    Mocks.register("signalAbandonmentsDelegate",
        new SignalAbandonmentsDelegate(new PresentationSweep(mapper, policy, WEDNESDAY, recorder)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void shouldStartEveryDayAtTheConfiguredTime() {
    // Given the deployed process: its only timer is the daily start
    Job timer = managementService().createJobQuery().timers().singleResult();

    // Then it falls due at the next 06:00 (server time)
    LocalDateTime now = LocalDateTime.now();
    LocalDateTime next = now.toLocalDate().atTime(6, 0);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate())
        .isEqualTo(Date.from(next.atZone(ZoneId.systemDefault()).toInstant()));
  }

  @Test
  void shouldSignalEachAbandonedClaimAndReportThoseItCouldNotWhenTheTimerFires() {
    // Given three claims whose applicants missed two or more weeks
    when(mapper.findOverdue(LocalDate.of(2027, 3, 1), ClaimService.ZONE.getId())).thenReturn(List.of(
        new OverdueClaim(1, "TAP-2027-000001", LocalDate.of(2027, 2, 28), null),
        new OverdueClaim(2, "TAP-2027-000002", LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 26)),
        new OverdueClaim(3, REFUSED, LocalDate.of(2027, 1, 6), null)));

    // When the daily timer fires and the sweep runs
    execute(managementService().createJobQuery().timers().singleResult());
    ProcessInstance sweep = runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).singleResult();
    assertThat(sweep).hasPassed(START_SWEEP_DUE).isWaitingAt(SERVICE_SIGNAL_ABANDONMENTS);
    execute(job(sweep));

    // Then each claim is signalled with its missed weeks, the refusal does not stop the claim after it, and the
    // sweep records what it did
    org.assertj.core.api.Assertions.assertThat(signals).containsExactly(
        "TAP-2027-000001: 2 presentaciones semanales consecutivas no realizadas "
            + "(semanas del 1 de marzo de 2027 al 14 de marzo de 2027)",
        "TAP-2027-000002: 2 presentaciones semanales consecutivas no realizadas "
            + "(semanas del 1 de marzo de 2027 al 14 de marzo de 2027)",
        REFUSED + ": 9 presentaciones semanales consecutivas no realizadas "
            + "(semanas del 11 de enero de 2027 al 14 de marzo de 2027)");
    assertThat(sweep).isEnded().hasPassedInOrder(START_SWEEP_DUE, SERVICE_SIGNAL_ABANDONMENTS, END_SWEEP_DONE);
    org.assertj.core.api.Assertions.assertThat(historicVariables(sweep)).containsExactlyInAnyOrder(
        CLAIMS_SIGNALLED.name() + "=2", CLAIMS_NOT_SIGNALLED.name() + "=1",
        CASE_NUMBERS_NOT_SIGNALLED.name() + "=" + REFUSED);
    // and the timer is set for the next day
    org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
  }

  @Test
  void shouldSignalNothingWhenEveryApplicantPresented() {
    // Given no claim over the threshold
    when(mapper.findOverdue(any(), anyString())).thenReturn(List.of());

    // When the sweep runs
    ProcessInstance sweep = startAtTheSweep();
    execute(job(sweep));

    // Then nothing is signalled and nothing is left to report
    assertThat(sweep).isEnded().hasPassed(END_SWEEP_DONE);
    org.assertj.core.api.Assertions.assertThat(signals).isEmpty();
    org.assertj.core.api.Assertions.assertThat(historicVariables(sweep)).containsExactlyInAnyOrder(
        CLAIMS_SIGNALLED.name() + "=0", CLAIMS_NOT_SIGNALLED.name() + "=0");
  }

  @Test
  void shouldRetryAndThenRaiseAnIncidentWhenTheClaimsCannotBeRead() {
    // Given a database that does not answer
    when(mapper.findOverdue(any(), anyString())).thenThrow(new IllegalStateException("database unavailable"));
    ProcessInstance sweep = startAtTheSweep();

    // When the sweep fails, it is retried twice more, half an hour apart
    String jobId = job(sweep).getId();
    assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("database unavailable");
    Job retried = job(sweep);
    org.assertj.core.api.Assertions.assertThat(retried.getRetries()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(retried.getDuedate()).isAfter(new Date(System.currentTimeMillis()
        + 29 * 60_000L));
    assertThatThrownBy(() -> managementService().executeJob(jobId)).isNotNull();
    assertThatThrownBy(() -> managementService().executeJob(jobId)).isNotNull();

    // Then an incident waits at the sweep, visible in Cockpit
    assertThat(sweep).isWaitingAt(SERVICE_SIGNAL_ABANDONMENTS);
    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(sweep.getId()).count()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(signals).isEmpty();
  }

  private static ProcessInstance startAtTheSweep() {
    return runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(SERVICE_SIGNAL_ABANDONMENTS)
        .execute();
  }

  private static Set<String> historicVariables(ProcessInstance instance) {
    return Set.copyOf(extension.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .map(v -> v.getName() + "=" + v.getValue()).toList());
  }
}
