package org.refugio.interpretation;

/** The provider failed or answered something we cannot use: the job is retried and then becomes an incident. */
public class ProviderException extends RuntimeException {

  public ProviderException(String message) {
    super(message);
  }

  public ProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
