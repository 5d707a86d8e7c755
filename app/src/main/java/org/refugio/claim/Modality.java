package org.refugio.claim;

/** Case-processing modalities (UNHCR RSD Procedural Standards), as the {@code claim-triage} decision names them. */
public enum Modality {
  REGULAR,
  ACCELERATED,
  SIMPLIFIED,
  MERGED,
  PRIMA_FACIE
}
