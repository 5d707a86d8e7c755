package org.refugio.coi;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.refugio.coi.CoiRequestProcess.*;
import static org.refugio.coi.CoiRequestProcess.Elements.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refugio.engine.ProcessTestEngine;

/** Every path of {@code coi-request}, with the delegates replaced by recorders. */
@Deployment(resources = "processes/coi-request.bpmn")
class CoiRequestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  private final List<String> calls = new ArrayList<>();
  private int currentDocuments;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register("attachCurrentCoiDelegate", (JavaDelegate) e -> {
      calls.add("attachCurrent:" + COI_COUNTRY.required(e));
      COI_ATTACHED.on(e).set(currentDocuments);
    });
    Mocks.register("requestCoiFromSreDelegate", (JavaDelegate) e -> {
      calls.add("request:" + COI_COUNTRY.required(e));
      COI_REQUEST_ID.on(e).set(7L);
    });
    Mocks.register("attachUploadedCoiDelegate",
        (JavaDelegate) e -> calls.add("attachUploaded:" + COI_DOCUMENT_ID.required(e)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void shouldEndAtOnceWhenCurrentCoiForTheCountryExists() {
    // Given two current documents for Honduras
    currentDocuments = 2;

    // When a Honduran claim needs COI
    ProcessInstance coi = start("HN");

    // Then they are attached and SRE is not asked
    assertThat(coi).isEnded().hasPassed(SERVICE_ATTACH_CURRENT_COI, END_COI_ATTACHED)
        .hasNotPassed(SERVICE_REQUEST_COI_FROM_SRE);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly("attachCurrent:HN");
  }

  @Test
  void shouldWaitForSreAndAttachItsAnswerWhenNoCurrentCoiExists() {
    // Given no current document for Eritrea
    currentDocuments = 0;

    // When an Eritrean claim needs COI
    ProcessInstance coi = start("ER");

    // Then the country's request to SRE is joined and the claim waits for the answer
    assertThat(coi).isWaitingAt(MSG_COI_UPLOADED);
    assertThat(coi).variables().containsEntry(COI_REQUEST_ID.name(), 7L);

    // When SRE uploads its answer for Eritrea
    runtimeService().createMessageCorrelation(CoiRequestProcess.COI_UPLOADED_MESSAGE)
        .processInstanceVariableEquals(COI_COUNTRY.name(), "ER")
        .setVariable(COI_DOCUMENT_ID.name(), 42L).correlateAll();

    // Then the document is attached (as a job of its own, retried on failure) and the process ends
    assertThat(coi).isWaitingAt(SERVICE_ATTACH_UPLOADED_COI);
    execute(job());
    assertThat(coi).isEnded().hasPassed(END_COI_RECEIVED);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("attachCurrent:ER", "request:ER", "attachUploaded:42");
  }

  @Test
  void shouldLeaveOtherCountriesWaitingWhenSreAnswersForOneCountry() {
    // Given claims waiting for Eritrea and for Somalia
    ProcessInstance eritrea = start("ER");
    ProcessInstance somalia = start("SO");

    // When SRE answers for Eritrea
    runtimeService().createMessageCorrelation(CoiRequestProcess.COI_UPLOADED_MESSAGE)
        .processInstanceVariableEquals(COI_COUNTRY.name(), "ER")
        .setVariable(COI_DOCUMENT_ID.name(), 42L).correlateAll();

    // Then only the Eritrean claim goes on
    assertThat(eritrea).isWaitingAt(SERVICE_ATTACH_UPLOADED_COI);
    assertThat(somalia).isWaitingAt(MSG_COI_UPLOADED);
  }

  private ProcessInstance start(String country) {
    Map<String, Object> variables = new HashMap<>();
    CLAIM_ID.put(variables, 1L);
    COI_COUNTRY.put(variables, country);
    return runtimeService().startProcessInstanceByKey(KEY, "TAP-2026-000001", variables);
  }
}
