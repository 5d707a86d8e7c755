package org.refugio.coi;

import org.refugio.engine.ProcessVariable;

/**
 * The {@code coi-request} process: attach the current COI of the claim's country, or wait for the Foreign Ministry's
 * answer to the country's one open request. Its key, element ids, message and typed variables.
 */
public final class CoiRequestProcess {

  public static final String KEY = "coi-request";

  /** Element ids of {@code processes/coi-request.bpmn}. */
  public static final class Elements {
    public static final String START_COI_NEEDED = "start_coi_needed";
    public static final String SERVICE_ATTACH_CURRENT_COI = "service_attach_current_coi";
    public static final String XOR_COI_CURRENT = "xor_coi_current";
    public static final String END_COI_ATTACHED = "end_coi_attached";
    public static final String SERVICE_REQUEST_COI_FROM_SRE = "service_request_coi_from_sre";
    public static final String MSG_COI_UPLOADED = "msg_coi_uploaded";
    public static final String SERVICE_ATTACH_UPLOADED_COI = "service_attach_uploaded_coi";
    public static final String END_COI_RECEIVED = "end_coi_received";

    private Elements() {
    }
  }

  /** Correlated to every instance waiting for the country when SRE uploads its answer. */
  public static final String COI_UPLOADED_MESSAGE = "CoiUploaded";

  public static final ProcessVariable<Long> CLAIM_ID = ProcessVariable.of("claimId", Long.class);
  /** ISO 3166 alpha-2 code of the country the claim is about (the applicant's nationality). */
  public static final ProcessVariable<String> COI_COUNTRY = ProcessVariable.of("coiCountry", String.class);
  /** Comma-separated tag codes of the claim's profile; blank means any COI of the country. */
  public static final ProcessVariable<String> COI_TOPICS = ProcessVariable.of("coiTopics", String.class);
  /** How many current documents were attached automatically. */
  public static final ProcessVariable<Integer> COI_ATTACHED = ProcessVariable.of("coiAttached", Integer.class);
  public static final ProcessVariable<Long> COI_REQUEST_ID = ProcessVariable.of("coiRequestId", Long.class);
  /** The document SRE uploaded, set by the message. */
  public static final ProcessVariable<Long> COI_DOCUMENT_ID = ProcessVariable.of("coiDocumentId", Long.class);

  private CoiRequestProcess() {
  }
}
