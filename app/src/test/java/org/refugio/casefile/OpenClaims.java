package org.refugio.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The claims a test class registered, withdrawn after each test: the tests share one application, and the Tapachula
 * eligibility queue that other tests read in Tasklist (sorted by due date) must not fill up with these claims'
 * interviews.
 */
final class OpenClaims {

  private final List<String> caseNumbers = new ArrayList<>();

  String add(String caseNumber) {
    caseNumbers.add(caseNumber);
    return caseNumber;
  }

  /** Withdraws every claim still open, as its office's registration officer; a closed one answers 409 and stays. */
  void withdrawAll(BiFunction<String, Object, ?> postAsRegistration) {
    for (String caseNumber : caseNumbers) {
      postAsRegistration.apply("/api/claims/" + caseNumber + "/withdrawal",
          Map.of("reason", "Fin de la prueba automatizada."));
    }
    caseNumbers.clear();
  }
}
