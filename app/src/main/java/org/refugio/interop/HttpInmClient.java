package org.refugio.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** INM's real API: {@code POST {base-url}/asylum-claims}, answering {@code {"inmReference": "...", "status": "..."}}. */
public class HttpInmClient implements InmClient {

  private final JsonHttpCall call;

  public HttpInmClient(InteropProperties.Party inm, Duration connectTimeout, Duration readTimeout, ObjectMapper json) {
    this.call = new JsonHttpCall("INM", inm.baseUrl(), inm.apiKey(), connectTimeout, readTimeout, json);
  }

  @Override
  public InteropAnswer notifyClaim(String idempotencyKey, InteropPerson person) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", person.caseNumber());
    body.put("givenNames", person.givenNames());
    body.put("familyNames", person.familyNames());
    body.put("sex", person.sex());
    body.put("dateOfBirth", person.dateOfBirth().toString());
    body.put("nationality", person.nationality());
    body.put("office", person.office());
    body.put("purpose", "TVRH");
    return call.post("/asylum-claims", idempotencyKey, body, "inmReference");
  }

  /** {@code POST {base-url}/late-filing-notices}, answering {@code {"inmReference": "...", "status": "..."}}. */
  @Override
  public InteropAnswer notifyLateFiling(String idempotencyKey, InteropPerson person, LateFiling lateFiling) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", person.caseNumber());
    body.put("givenNames", person.givenNames());
    body.put("familyNames", person.familyNames());
    body.put("sex", person.sex());
    body.put("dateOfBirth", person.dateOfBirth().toString());
    body.put("nationality", person.nationality());
    body.put("office", person.office());
    body.put("entryDate", lateFiling.entryDate().toString());
    body.put("applicationDate", lateFiling.applicationDate().toString());
    body.put("purpose", "LATE_FILING");
    return call.post("/late-filing-notices", idempotencyKey, body, "inmReference");
  }
}
