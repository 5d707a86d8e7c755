package org.refugio.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random code that makes an issued document verifiable: 120 random bits in Crockford's base 32 (24 characters
 * with no I, L, O or U, so it reads back from paper), printed in groups of four.
 */
final class VerificationCode {

  static final int LENGTH = 24;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {
  }

  static String generate() {
    byte[] bits = new byte[LENGTH * 5 / 8];
    RANDOM.nextBytes(bits);
    StringBuilder code = new StringBuilder(LENGTH);
    int buffer = 0;
    int buffered = 0;
    for (byte b : bits) {
      buffer = (buffer << 8) | (b & 0xFF);
      buffered += 8;
      while (buffered >= 5) {
        buffered -= 5;
        code.append(ALPHABET.charAt((buffer >> buffered) & 0x1F));
      }
    }
    return code.toString();
  }

  /** The code as printed: "ABCD-EFGH-…". */
  static String grouped(String code) {
    return String.join("-", code.split("(?<=\\G.{4})"));
  }

  /**
   * The stored form of a code a person typed or scanned: hyphens and spaces dropped, upper case, and the letters
   * Crockford's alphabet leaves out read as the digits they look like; empty if it cannot be a code.
   */
  static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
        .replace('O', '0').replace('I', '1').replace('L', '1');
    return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
