package org.refugio.presentation;

/** No constancia de trámite carries the code read or typed at the desk. */
public class ConstanciaNotFoundException extends RuntimeException {

  public ConstanciaNotFoundException() {
    super("Ninguna constancia de trámite tiene ese código de verificación. Vuelva a leer el código QR o registre la "
        + "presentación con el número de expediente.");
  }
}
