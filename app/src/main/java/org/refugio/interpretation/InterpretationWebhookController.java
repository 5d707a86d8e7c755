package org.refugio.interpretation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's callbacks: {@code POST /webhooks/interpretation}, signed with HMAC-SHA256 over the raw body. A bad
 * signature is refused with 401 and changes nothing; a repeated callback changes nothing either.
 */
@RestController
public class InterpretationWebhookController {

  private final InterpretationService interpretation;
  private final InterpretationProperties properties;
  private final ObjectMapper json;

  InterpretationWebhookController(InterpretationService interpretation, InterpretationProperties properties,
      ObjectMapper json) {
    this.interpretation = interpretation;
    this.properties = properties;
    this.json = json;
  }

  @PostMapping(path = "/webhooks/interpretation", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> callback(@RequestBody byte[] body,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) {
    if (!WebhookSignature.verify(properties.webhookSecret(), body, signature)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message",
          "Firma inválida: envíe X-Signature: sha256=<HMAC-SHA256 del cuerpo con el secreto compartido>.",
          "errors", List.of()));
    }
    BookingEvent event;
    try {
      event = json.readValue(body, BookingEvent.class);
    } catch (IOException e) {
      throw new InvalidRequestException("No se registró el aviso de la empresa.",
          List.of(new FieldError("", "El cuerpo no es un JSON válido del evento de reserva.")));
    }
    InterpretationService.Outcome outcome = interpretation.receive(event);
    if (outcome == InterpretationService.Outcome.UNKNOWN_BOOKING) {
      // the booking may not be committed yet: the provider retries
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
          "No existe la reserva " + event.reference() + "; reintente más tarde.", "errors", List.of()));
    }
    return ResponseEntity.ok(Map.of("outcome", outcome.name()));
  }
}
