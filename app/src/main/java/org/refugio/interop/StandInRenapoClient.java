package org.refugio.interop;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The default run's RENAPO inside the app: answers a CURP-shaped code (initials, date of birth, sex, {@code NE} for
 * born abroad), the same for the same key. Not a valid CURP: a stand-in.
 */
public class StandInRenapoClient implements RenapoClient {

  @Override
  public InteropAnswer requestCurp(String idempotencyKey, String kind, InteropPerson person) {
    String family = letters(person.familyNames()) + "XX";
    String given = letters(person.givenNames()) + "X";
    String suffix = UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString()
        .replace("-", "").substring(0, 4).toUpperCase(Locale.ROOT);
    String sex = "F".equals(person.sex()) ? "M" : "H";
    String curp = family.substring(0, 2) + family.substring(2, 3) + given.substring(0, 1)
        + person.dateOfBirth().format(DateTimeFormatter.ofPattern("yyMMdd")) + sex + "NE" + suffix.substring(0, 3)
        + ("TEMPORARY".equals(kind) ? "T" : "0") + suffix.charAt(3);
    return new InteropAnswer(curp.substring(0, 18), "ISSUED");
  }

  private static String letters(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
        .toUpperCase(Locale.ROOT);
  }
}
