package org.refugio.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** RENAPO's real API: {@code POST {base-url}/curp-requests}, answering {@code {"curp": "...", "status": "..."}}. */
public class HttpRenapoClient implements RenapoClient {

  private final JsonHttpCall call;

  public HttpRenapoClient(InteropProperties.Party renapo, Duration connectTimeout, Duration readTimeout,
      ObjectMapper json) {
    this.call = new JsonHttpCall("RENAPO", renapo.baseUrl(), renapo.apiKey(), connectTimeout, readTimeout, json);
  }

  @Override
  public InteropAnswer requestCurp(String idempotencyKey, String kind, InteropPerson person) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("caseNumber", person.caseNumber());
    body.put("givenNames", person.givenNames());
    body.put("familyNames", person.familyNames());
    body.put("sex", person.sex());
    body.put("dateOfBirth", person.dateOfBirth().toString());
    body.put("nationality", person.nationality());
    return call.post("/curp-requests", idempotencyKey, body, "curp");
  }
}
