package org.refugio.casefile;

import java.util.Map;
import org.refugio.claim.ClaimRecord;

/**
 * Where a claim stands, as told to the front desk and to the applicant on the public page: coarse on purpose, with no
 * outcome and no personal data, in Spanish, English, French and Haitian Creole.
 */
public enum ClaimPhase {
  IN_PROCESS(Map.of(
      "es", "Su solicitud está en trámite.",
      "en", "Your claim is being processed.",
      "fr", "Votre demande est en cours d'examen.",
      "ht", "Demann ou an ap trete.")),
  RESOLVED(Map.of(
      "es", "Su solicitud ya fue resuelta. La resolución se entrega en la oficina: acuda con su constancia.",
      "en", "A decision has been made on your claim. It is handed over at the office: bring your constancia.",
      "fr", "Une décision a été rendue sur votre demande. Elle est remise au bureau : présentez votre constancia.",
      "ht", "Yo deja pran yon desizyon sou demann ou. Y ap remèt li nan biwo a: vini ak konstans ou.")),
  APPEAL(Map.of(
      "es", "Su recurso de revisión está en trámite.",
      "en", "Your appeal (recurso de revisión) is being processed.",
      "fr", "Votre recours (recurso de revisión) est en cours d'examen.",
      "ht", "Apèl ou (recurso de revisión) an ap trete.")),
  CLOSED(Map.of(
      "es", "Su expediente está concluido. Para más información, acuda a la oficina.",
      "en", "Your case is closed. For more information, visit the office.",
      "fr", "Votre dossier est clos. Pour plus d'informations, rendez-vous au bureau.",
      "ht", "Dosye ou fèmen. Pou plis enfòmasyon, ale nan biwo a."));

  private final Map<String, String> texts;

  ClaimPhase(Map<String, String> texts) {
    this.texts = texts;
  }

  /** The phase's sentence by language code: {@code es}, {@code en}, {@code fr}, {@code ht}. */
  public Map<String, String> texts() {
    return texts;
  }

  public static ClaimPhase of(ClaimRecord claim) {
    if ("CLOSED".equals(claim.status())) {
      return CLOSED;
    }
    if (claim.appealFiledOn() != null && claim.appealResult() == null) {
      return APPEAL;
    }
    return claim.notifiedOn() != null ? RESOLVED : IN_PROCESS;
  }
}
