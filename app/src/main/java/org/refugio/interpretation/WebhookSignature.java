package org.refugio.interpretation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The callbacks' signature: {@code X-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared secret>},
 * compared in constant time.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Signature";
  private static final String PREFIX = "sha256=";

  private WebhookSignature() {
  }

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean verify(String secret, byte[] body, String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        header.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
