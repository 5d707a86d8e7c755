package org.refugio.coi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.refugio.engine.RefugioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's COI: one current HTML report for each of the commonest nationalities, so that a demo claim gets its COI
 * at once; other countries (Eritrea, for one) go to SRE, so the exchange can be seen too. Only in the demo.
 */
@Component
class CoiDemoData {

  static final String DEMO_UPLOADER = "demo";
  /** The countries that get a demo report, with their Spanish names and tags. */
  static final List<List<String>> COUNTRIES = List.of(
      List.of("HN", "Honduras", "pandillas", "violencia-generalizada"),
      List.of("GT", "Guatemala", "pandillas", "violencia-de-genero"),
      List.of("SV", "El Salvador", "pandillas", "violencia-generalizada"),
      List.of("HT", "Haití", "violencia-generalizada", "ninez"),
      List.of("VE", "Venezuela", "persecucion-politica", "violencia-generalizada"),
      List.of("CU", "Cuba", "persecucion-politica"),
      List.of("NI", "Nicaragua", "persecucion-politica"),
      List.of("CO", "Colombia", "violencia-generalizada", "ninez"));
  private static final Logger log = LoggerFactory.getLogger(CoiDemoData.class);

  private final CoiService coi;
  private final CoiMapper mapper;
  private final RefugioProperties properties;
  private final Clock clock;

  CoiDemoData(CoiService coi, CoiMapper mapper, RefugioProperties properties, Clock clock) {
    this.coi = coi;
    this.mapper = mapper;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void onStarted() {
    if (!properties.demoEnabled()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    int added = 0;
    for (List<String> country : COUNTRIES) {
      if (!mapper.search(country.get(0), null, null, today, 1).isEmpty()) {
        continue;
      }
      String html = "<html><body><h1>" + country.get(1) + ": situación de seguridad y derechos humanos</h1>"
          + "<p>Informe de demostración sobre " + country.get(1) + ": violencia, persecución y protección del Estado. "
          + "Datos ficticios para la demostración de Refugio.</p></body></html>";
      coi.storeAsSystem(new NewCoiDocument(country.get(0), country.get(1) + ": situación de seguridad y derechos humanos",
          "Unidad de información de países de origen (demostración)", today.minusDays(30), today.plusYears(1),
          "text/html", Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)),
          country.subList(2, country.size())), DEMO_UPLOADER);
      added++;
    }
    log.info("Demo COI ready ({} reports added)", added);
  }
}
