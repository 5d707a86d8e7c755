package org.refugio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;
import org.refugio.support.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The engine REST API's HTTP Basic: verified credentials are remembered briefly with the user's groups, wrong ones
 * never, and a remembered credential stops working once its time is up.
 */
class EngineRestCredentialsIT extends IntegrationTest {

  @Test
  void shouldRefuseAWrongPasswordRightAfterTheRightOneWasAccepted() {
    String userId = newOfficer("eligibilityGdl");

    assertThat(http.withBasicAuth(userId, userId).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth(userId, userId + "x").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(userId + "x", userId).getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldAskTheIdentityServiceAgainWhenTheRememberedCredentialExpired() {
    // Given a provider whose clock the test moves, and an officer it has verified
    AtomicLong now = new AtomicLong();
    VerifiedCredentialsAuthenticationProvider provider =
        new VerifiedCredentialsAuthenticationProvider(Duration.ofSeconds(30), 100, now::get);
    String userId = newOfficer("eligibilityGdl");
    AuthenticationResult first = provider.extractAuthenticatedUser(basic(userId, userId), engine);
    assertThat(first.isAuthenticated()).isTrue();
    assertThat(first.getGroups()).containsExactly("eligibilityGdl");

    // When the password is changed and the officer joins another group
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword("changed" + userId);
    identity.saveUser(user);
    identity.createMembership(userId, "reviewGdl");

    // Then within the period the credential verified before still stands, with the groups it had
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    AuthenticationResult remembered = provider.extractAuthenticatedUser(basic(userId, userId), engine);
    assertThat(remembered.isAuthenticated()).isTrue();
    assertThat(remembered.getGroups()).containsExactly("eligibilityGdl");
    // and after it, the new password carries the new groups and the old one is refused (in this order: a wrong
    // password delays the user's next attempts)
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    AuthenticationResult renewed = provider.extractAuthenticatedUser(basic(userId, "changed" + userId), engine);
    assertThat(renewed.isAuthenticated()).isTrue();
    assertThat(renewed.getGroups()).containsExactlyInAnyOrder("eligibilityGdl", "reviewGdl");
    assertThat(provider.extractAuthenticatedUser(basic(userId, userId), engine).isAuthenticated()).isFalse();
  }

  @Test
  void shouldCheckEveryRequestWhenThePeriodIsZero() {
    VerifiedCredentialsAuthenticationProvider provider =
        new VerifiedCredentialsAuthenticationProvider(Duration.ZERO, 100, () -> 0L);
    String userId = newOfficer("eligibilityGdl");
    assertThat(provider.extractAuthenticatedUser(basic(userId, userId), engine).isAuthenticated()).isTrue();

    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword("changed" + userId);
    identity.saveUser(user);

    assertThat(provider.extractAuthenticatedUser(basic(userId, "changed" + userId), engine).isAuthenticated())
        .isTrue();
    assertThat(provider.extractAuthenticatedUser(basic(userId, userId), engine).isAuthenticated()).isFalse();
  }

  private String newOfficer(String group) {
    String userId = "cred" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(userId);
    user.setPassword(userId);
    identity.saveUser(user);
    identity.createMembership(userId, group);
    return userId;
  }

  private static MockHttpServletRequest basic(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }
}
