package org.refugio.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refugio's own settings. The defaults run on a fresh machine: embedded PostgreSQL under {@code ./data/postgres} and
 * the demo users and data.
 *
 * @param database where the data lives
 * @param demo whether to create the demo users; unset means "only on the embedded database"
 */
@ConfigurationProperties("refugio")
public record RefugioProperties(@DefaultValue Database database, @DefaultValue Demo demo) {

  /**
   * @param url JDBC URL of an external PostgreSQL ({@code REFUGIO_DB_URL}); blank starts the embedded one
   * @param user database user ({@code REFUGIO_DB_USER})
   * @param password database password ({@code REFUGIO_DB_PASSWORD})
   * @param embedded the embedded server's settings
   * @param poolSize the most connections the pool opens (docs/performance.md: what was measured)
   * @param connectionInitSql SQL run on every new connection, e.g. planner settings; blank runs nothing
   */
  public record Database(String url, String user, String password, @DefaultValue Embedded embedded,
      @DefaultValue("20") int poolSize, String connectionInitSql) {

    public boolean isExternal() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * @param dataDirectory where the embedded server keeps its files; blank means a throwaway directory (tests)
   * @param port the port to listen on; 0 picks a free one
   */
  public record Embedded(@DefaultValue("./data/postgres") String dataDirectory, @DefaultValue("0") int port) {
  }

  /**
   * @param enabled create demo users and data; {@code null} means: only on the embedded database
   * @param claimsInProgress with the demo, also register claims in progress at Tapachula and Mexico City
   *     ({@code org.refugio.claim.ClaimDemoData}); the tests turn it off, as they register claims of their own
   */
  public record Demo(Boolean enabled, @DefaultValue("true") boolean claimsInProgress) {
  }

  public boolean demoEnabled() {
    return demo.enabled() != null ? demo.enabled() : !database.isExternal();
  }
}
