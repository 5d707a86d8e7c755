package org.refugio.claim;

import org.camunda.bpm.engine.BadUserRequestException;

/** The same person tried to draft and review one assessment; the REST API answers 400 with the message. */
public class FourEyesViolationException extends BadUserRequestException {

  public FourEyesViolationException(String message) {
    super(message);
  }
}
