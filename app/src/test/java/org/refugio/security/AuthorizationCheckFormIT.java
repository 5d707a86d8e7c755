package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;

/**
 * The engine checks each row's grants and revocations ({@code authorization-check-revokes: always}): the form of the
 * check the officers' queues were measured with (docs/performance.md), which the starter's own default would override
 * if it were set anywhere else than {@code camunda.bpm.authorization}.
 */
class AuthorizationCheckFormIT extends IntegrationTest {

  @Test
  void shouldCheckRevocationsOnEveryQuery() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }
}
