package org.refugio.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The callbacks' HMAC-SHA256 signature. */
class WebhookSignatureTest {

  private static final byte[] BODY = "{\"reference\":\"INT-1-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldMatchAKnownHmacSha256() {
    // printf '{"reference":"INT-1-1"}' | openssl dgst -sha256 -hmac secret
    assertThat(WebhookSignature.sign("secret", BODY))
        .isEqualTo("sha256=7220719127f2e5252086dbe0937fa42e74d626fb03c17556b7015e1b740101ba");
  }

  @Test
  void shouldAcceptOnlyTheRightSecretAndBody() {
    String signature = WebhookSignature.sign("secret", BODY);
    assertThat(WebhookSignature.verify("secret", BODY, signature)).isTrue();
    assertThat(WebhookSignature.verify("other", BODY, signature)).isFalse();
    assertThat(WebhookSignature.verify("secret", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, null)).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, signature.substring(7))).isFalse();
  }
}
