package org.refugio.interop;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Refugio talks to INM and RENAPO ({@code refugio.interop}). The defaults use stand-ins inside the app.
 *
 * @param inm the Instituto Nacional de Migración's endpoint
 * @param renapo the Registro Nacional de Población's endpoint
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param retryCycle the engine's retry cycle of each exchange, e.g. {@code R5/PT10M}
 * @param lateFilingNotice {@code automatic} (default): the notice of a late filing goes to INM through its adapter;
 *     {@code manual}: a registration officer sends it and records it (the task {@code user_notify_inm})
 */
@ConfigurationProperties("refugio.interop")
public record InteropProperties(@DefaultValue Party inm, @DefaultValue Party renapo,
    @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT15S") Duration readTimeout,
    @DefaultValue("R5/PT10M") String retryCycle, @DefaultValue("automatic") String lateFilingNotice) {

  /** Whether the 72-hour notice of a late filing goes to INM through its adapter, not as a registration task. */
  public boolean lateFilingNoticeAutomatic() {
    return !"manual".equals(lateFilingNotice);
  }

  /**
   * @param mode {@code stand-in} (default) or {@code http}
   * @param baseUrl the party's API ({@code http} only)
   * @param apiKey sent as {@code X-Api-Key}
   */
  public record Party(@DefaultValue("stand-in") String mode, URI baseUrl, @DefaultValue("stand-in-api-key") String apiKey) {

    public boolean standIn() {
      return !"http".equals(mode);
    }
  }
}
