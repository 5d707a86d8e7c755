package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link LegalDeadlines} on the engine: the latest deployed version gives the limits, each evaluated once. */
class LegalDeadlinesIT extends IntegrationTest {

  private static final String RESOURCE = "decisions/legal-deadlines.dmn";

  @Autowired
  private LegalDeadlines legal;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheVersionsDeployedHere() {
    // the version deployed at start-up is the latest again, for the tests that follow
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void shouldEvaluateAMilestoneOnceForAVersionWhenManyDeadlinesAskForIt() throws IOException {
    // Given a version no deadline has used yet
    DecisionDefinition version = deploy(original());

    // When three claims start their decision deadline and two their internal target in that modality
    List<Integer> days = new ArrayList<>();
    for (int claim = 0; claim < 3; claim++) {
      days.add(legal.businessDays(Milestone.DECISION, Modality.ACCELERATED.name()));
    }
    for (int claim = 0; claim < 2; claim++) {
      days.add(legal.businessDays(Milestone.INTERNAL_TARGET, Modality.ACCELERATED.name()));
    }

    // Then each gets the law's number, and the decision history records each milestone once for that version
    assertThat(days).containsExactly(45, 45, 45, 20, 20);
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionId(version.getId()).count()).isEqualTo(2);
  }

  @Test
  void shouldGiveTheNextDeadlineTheNewLimitWhenPolicyStaffDeployAnotherVersion() throws IOException {
    // Given the appeal window already given to earlier claims
    assertThat(legal.businessDays(Milestone.APPEAL, null)).isEqualTo(15);

    // When a version with a longer window is deployed
    deploy(original().replaceFirst("(?<cell>id=\"rule_appeal_amount\">\\s*<text>)15<", "${cell}20<"));

    // Then the next claim's appeal window is the new one
    assertThat(legal.businessDays(Milestone.APPEAL, null)).isEqualTo(20);
  }

  private DecisionDefinition deploy(String dmn) {
    RepositoryService repository = engine.getRepositoryService();
    String deployment = repository.createDeployment().name("LegalDeadlinesIT")
        .addString("legal-deadlines.dmn", dmn).deploy().getId();
    deployments.add(deployment);
    return repository.createDecisionDefinitionQuery().deploymentId(deployment).singleResult();
  }

  private static String original() throws IOException {
    try (InputStream dmn = LegalDeadlinesIT.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
