package org.refugio.interop;

/** INM or RENAPO failed or answered something unusable: the job is retried and then becomes an incident. */
public class InteropException extends RuntimeException {

  private final boolean refused;

  public InteropException(String message) {
    this(message, false);
  }

  /** @param refused the party answered that it will not take the request as sent (4xx): a retry cannot help */
  public InteropException(String message, boolean refused) {
    super(message);
    this.refused = refused;
  }

  /** Whether the party refused the request (4xx other than 408 and 429), rather than failing or not answering. */
  public boolean refused() {
    return refused;
  }

  public InteropException(String message, Throwable cause) {
    super(message, cause);
    this.refused = false;
  }
}
