package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.security.DemoUsers;
import org.refugio.security.Role;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The engine's REST API with one shared Jackson mapper answers as it does with the engine's own mapper per request:
 * the same JSON for a task, dates in the engine's format, unknown request properties ignored.
 */
class EngineRestResourcesIT extends IntegrationTest {

  private static final String OFFICER = "engineRestMapperAcy";
  private static final String PROCESS = "engine-rest-mapper-check";

  @Autowired
  ResourceConfig jersey;

  private String deploymentId;
  private Task task;

  @BeforeEach
  void startATaskWithADueDate() {
    String group = Role.ELIGIBILITY.groupId("ACY");
    DemoUsers.ensure(engine.getIdentityService(), OFFICER, "Mapa", "Elegibilidad", group);
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
            .userTask("user_check_mapper").camundaCandidateGroups(group).endEvent().done()).deploy().getId();
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
    task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    engine.getTaskService().setDueDate(task.getId(), new Date(1_800_000_000_123L));
    task = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
  }

  @AfterEach
  void removeIt() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldServeTheEngineRestApiThroughTheSharedMapper() {
    assertThat(jersey).isInstanceOf(EngineRestResources.class);
    assertThat(jersey.getInstances()).contains(((EngineRestResources) jersey).objectMapper());
    assertThat(jersey.getClasses()).doesNotContain(JacksonConfigurator.class);
  }

  @Test
  void shouldAnswerWithTheJsonOfTheEnginesOwnMapper() throws Exception {
    ObjectMapper engines = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    String expected = engines.writeValueAsString(TaskDto.fromEntity(task));

    for (int i = 0; i < 2; i++) {
      var response = get(OFFICER, "/engine-rest/task/" + task.getId());
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(engines.readTree(response.getBody())).isEqualTo(engines.readTree(expected));
      assertThat(engines.readTree(response.getBody()).path("due").asText())
          .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.123[+-]\\d{4}");
    }
  }

  @Test
  void shouldStillIgnoreUnknownPropertiesOfARequest() throws Exception {
    var response = call(OFFICER, HttpMethod.POST, "/engine-rest/task", Map.of("taskId", task.getId(),
        "aPropertyNoQueryHas", true), Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new ObjectMapper().readTree(response.getBody()).findValuesAsText("id")).containsExactly(task.getId());
  }

  @Test
  void shouldShareOneMapperUntilTheEnginesDateFormatChanges() {
    EngineRestResources.SharedObjectMapper resolver = new EngineRestResources.SharedObjectMapper();
    ObjectMapper first = resolver.getContext(TaskDto.class);
    assertThat(resolver.getContext(Object.class)).isSameAs(first);
    resolver.setShared(false);
    assertThat(resolver.getContext(TaskDto.class)).isNotSameAs(first);
    resolver.setShared(true);
    assertThat(resolver.getContext(TaskDto.class)).isSameAs(first);

    String format = JacksonConfigurator.dateFormatString;
    try {
      JacksonConfigurator.setDateFormatString("yyyy-MM-dd");
      assertThat(resolver.getContext(TaskDto.class)).isNotSameAs(first);
    } finally {
      JacksonConfigurator.setDateFormatString(format);
    }
  }
}
