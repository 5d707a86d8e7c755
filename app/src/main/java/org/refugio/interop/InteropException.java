package org.refugio.interop;

/** INM or RENAPO failed or answered something unusable: the job is retried and then becomes an incident. */
public class InteropException extends RuntimeException {

  public InteropException(String message) {
    super(message);
  }

  public InteropException(String message, Throwable cause) {
    super(message, cause);
  }
}
