package org.refugio.documents;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Fits text to the documents' font, PDF's standard Helvetica in WinAnsi (Cp1252) encoding: every Spanish and
 * French letter prints as written; a letter outside it loses its diacritics ("Nguyễn" prints "Nguyen"); anything
 * else (another script) is refused rather than silently dropped from an official document.
 */
final class WinAnsiText {

  private static final Charset WIN_ANSI = Charset.forName("windows-1252");

  private WinAnsiText() {
  }

  /**
   * The text as the font can print it.
   *
   * @param what names the text in the error message; never the text itself, which may be personal data
   * @throws IllegalArgumentException if a character has no printable form
   */
  static String fit(String what, String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ');
    if (printable(normalized)) {
      return normalized;
    }
    StringBuilder fitted = new StringBuilder(normalized.length());
    normalized.codePoints().forEach(codePoint -> {
      String character = Character.toString(codePoint);
      if (printable(character)) {
        fitted.append(character);
        return;
      }
      String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      if (base.isEmpty() || !printable(base)) {
        throw new IllegalArgumentException(String.format(
            "%s contains U+%04X, which the document font cannot print; record it in Latin letters", what, codePoint));
      }
      fitted.append(base);
    });
    return fitted.toString();
  }

  private static boolean printable(String text) {
    // control characters other than line breaks would print as nothing
    return WIN_ANSI.newEncoder().canEncode(text)
        && text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r');
  }
}
