package org.refugio.coi;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The COI repository and the exchange with the Foreign Ministry: storing, tagging and searching documents, attaching
 * them to claims, and the one open request per country that SRE answers.
 */
@Service
public class CoiService {

  /** The user recorded for what the engine does on its own. */
  public static final String SYSTEM = "system";
  static final int MAX_RESULTS = 100;
  static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final List<String> MEDIA_TYPES = List.of("application/pdf", "text/html");
  /** Roles whose work needs the COI repository; SRE reads it too, and nothing else. */
  private static final List<Role> READERS = List.of(Role.REGISTRATION, Role.ELIGIBILITY, Role.REVIEW, Role.LEGAL,
      Role.COI_UNIT, Role.SRE, Role.MANAGER);
  private static final Logger log = LoggerFactory.getLogger(CoiService.class);

  private final CoiMapper mapper;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final Clock clock;

  CoiService(CoiMapper mapper, RuntimeService runtimeService, SystemAuthentication system, Clock clock) {
    this.mapper = mapper;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  /** Documents by country, tag and Spanish full text (accents ignored); only current ones unless asked otherwise. */
  public List<CoiDocument> search(String country, String tag, String text, boolean includeExpired, CurrentUser user) {
    requireReader(user);
    List<FieldError> errors = new ArrayList<>();
    String countryCode = blankToNull(country);
    if (countryCode != null && !countryCode.matches("[A-Za-z]{2}")) {
      errors.add(new FieldError("country", "El país debe ser un código ISO de dos letras, por ejemplo HN."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se buscó información de país de origen.", errors);
    }
    return mapper.search(countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT), blankToNull(tag),
        blankToNull(text), includeExpired ? null : today(), MAX_RESULTS);
  }

  public CoiDocument document(long id, CurrentUser user) {
    requireReader(user);
    return mapper.findDocument(id).orElseThrow(() -> notFound(id));
  }

  public CoiContent content(long id, CurrentUser user) {
    requireReader(user);
    return mapper.findContent(id).orElseThrow(() -> notFound(id));
  }

  public List<CoiTag> tags(CurrentUser user) {
    requireReader(user);
    return mapper.findTags();
  }

  /** The codes of every topic tag, for checking a claim's profile at registration (no document is read). */
  public List<String> tagCodes() {
    return mapper.findTags().stream().map(CoiTag::code).sorted().toList();
  }

  /** Adds a topic tag: the COI research unit's work. */
  @Transactional
  public CoiTag addTag(CoiTag tag, CurrentUser user) {
    requireRole(user, Role.COI_UNIT, "Solo la unidad de información de países de origen administra las etiquetas.");
    List<FieldError> errors = new ArrayList<>();
    if (tag == null || tag.code() == null || !tag.code().matches("[a-z0-9]+(-[a-z0-9]+)*") || tag.code().length() > 40) {
      errors.add(new FieldError("code", "El código es obligatorio: minúsculas, dígitos y guiones, hasta 40 caracteres "
          + "(por ejemplo violencia-de-genero)."));
    }
    if (tag == null || tag.label() == null || tag.label().isBlank()) {
      errors.add(new FieldError("label", "Escriba el nombre de la etiqueta."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se creó la etiqueta.", errors);
    }
    if (!mapper.insertTagIfAbsent(tag.code(), tag.label().strip(), user.userId())) {
      throw new CoiConflictException("La etiqueta " + tag.code() + " ya existe.");
    }
    return new CoiTag(tag.code(), tag.label().strip());
  }

  /** Replaces the tags of a document: the COI research unit's work. */
  @Transactional
  public CoiDocument retag(long id, List<String> tags, CurrentUser user) {
    requireRole(user, Role.COI_UNIT, "Solo la unidad de información de países de origen etiqueta documentos.");
    mapper.findDocument(id).orElseThrow(() -> notFound(id));
    List<String> codes = checkTags(tags, new ArrayList<>(), "No se cambiaron las etiquetas.");
    mapper.deleteDocumentTags(id);
    codes.forEach(code -> mapper.insertDocumentTag(id, code));
    return mapper.findDocument(id).orElseThrow();
  }

  /** Stores a document in the repository: the COI research unit's work. */
  @Transactional
  public CoiDocument store(NewCoiDocument document, CurrentUser user) {
    requireRole(user, Role.COI_UNIT, "Solo la unidad de información de países de origen agrega documentos al "
        + "repositorio; la SRE responde a las solicitudes abiertas.");
    return insert(document, null, null, user.userId());
  }

  /** Stores a document on behalf of the system (demo data); the caller has decided that it may. */
  @Transactional
  CoiDocument storeAsSystem(NewCoiDocument document, String by) {
    return insert(document, null, null, by);
  }

  /** The requests for SRE, by status ({@code OPEN}, {@code ANSWERED}, or {@code null} for all). */
  public List<CoiRequest> requests(String status, CurrentUser user) {
    requireAnyRole(user, "Solo la SRE y la unidad de información de países de origen ven las solicitudes.",
        Role.SRE, Role.COI_UNIT);
    String normalized = blankToNull(status);
    if (normalized != null && !List.of("OPEN", "ANSWERED").contains(normalized)) {
      throw new InvalidRequestException("No se listaron las solicitudes.",
          List.of(new FieldError("status", "El estado debe ser OPEN o ANSWERED.")));
    }
    return mapper.findRequests(normalized);
  }

  /**
   * For each open request, how many claims wait for its country's answer: the COI unit's view of the exchange, which
   * SRE never gets.
   */
  public List<CoiRequestWaiting> waiting(CurrentUser user) {
    requireRole(user, Role.COI_UNIT, "Solo la unidad de información de países de origen ve cuántos expedientes "
        + "esperan cada solicitud.");
    return mapper.findRequests("OPEN").stream().map(request -> new CoiRequestWaiting(request.id(), request.country(),
        system.call(() -> runtimeService.createExecutionQuery().processDefinitionKey(CoiRequestProcess.KEY)
            .activityId(CoiRequestProcess.Elements.MSG_COI_UPLOADED)
            .processVariableValueEquals(CoiRequestProcess.COI_COUNTRY.name(), request.country()).count())))
        .toList();
  }

  /**
   * SRE's answer to an open request: stores the document for the request's country, closes the request, and lets
   * every claim waiting for that country go on.
   */
  @Transactional
  public CoiDocument answer(long requestId, NewCoiDocument document, CurrentUser user) {
    requireAnyRole(user, "Solo la SRE y la unidad de información de países de origen responden solicitudes.",
        Role.SRE, Role.COI_UNIT);
    CoiRequest request = mapper.findRequest(requestId)
        .orElseThrow(() -> new CoiNotFoundException("No existe la solicitud de información " + requestId + "."));
    if (!"OPEN".equals(request.status())) {
      throw new CoiConflictException("La solicitud " + requestId + " ya fue respondida.");
    }
    CoiDocument stored = insert(document, request.country(), requestId, user.userId());
    if (mapper.answerRequest(requestId, user.userId()) == 0) {
      throw new CoiConflictException("La solicitud " + requestId + " ya fue respondida.");
    }
    int waiting = system.call(() -> runtimeService.createMessageCorrelation(CoiRequestProcess.COI_UPLOADED_MESSAGE)
        .processInstanceVariableEquals(CoiRequestProcess.COI_COUNTRY.name(), request.country())
        .setVariable(CoiRequestProcess.COI_DOCUMENT_ID.name(), stored.id())
        .correlateAllWithResult().size());
    log.info("COI request {} for {} answered with document {}; {} claims resume", requestId, request.country(),
        stored.id(), waiting);
    return stored;
  }

  /**
   * The claim has reached the COI step (the first step of {@code coi-request}, in the transaction that started it):
   * records when, for the COI turnaround, and attaches every current document of the country (with one of the tags, if
   * any) to the claim; how many.
   */
  @Transactional
  public int attachCurrent(long claimId, String country, List<String> tags) {
    mapper.recordCoiStepReached(claimId);
    List<Long> ids = mapper.findCurrentIds(country, tags, today());
    // all in one statement, and the first COI kept once: the same rows as attaching them one by one
    if (!ids.isEmpty() && mapper.attachAllToClaim(claimId, ids, SYSTEM) > 0) {
      mapper.recordFirstCoi(claimId);
    }
    return ids.size();
  }

  /** The country's open request, opened now if there is none: one per country, never per claim. */
  @Transactional
  public CoiRequest openRequest(String country, List<String> topics) {
    mapper.insertRequestIfNoneOpen(country, topics, question(country, topics));
    return mapper.findOpenRequest(country).orElseThrow(
        () -> new IllegalStateException("No open COI request for " + country + " after opening one"));
  }

  /** Attaches one document to a claim on behalf of the engine. */
  @Transactional
  public void attachForEngine(long claimId, long documentId) {
    attachToClaim(claimId, documentId, SYSTEM);
  }

  /** Attaches one document to a claim the officer may read (checked by the caller). */
  @Transactional
  public CoiDocument attach(long claimId, long documentId, CurrentUser user) {
    requireReader(user);
    CoiDocument document = mapper.findDocument(documentId).orElseThrow(() -> notFound(documentId));
    attachToClaim(claimId, documentId, user.userId());
    return document;
  }

  /** Attaches a document, keeping the claim's first COI for the managers' COI turnaround in the same transaction. */
  private void attachToClaim(long claimId, long documentId, String by) {
    if (mapper.attachToClaim(claimId, documentId, by)) {
      mapper.recordFirstCoi(claimId);
    }
  }

  public List<CoiDocument> attached(long claimId) {
    return mapper.findAttached(claimId);
  }

  /** The question to SRE: country and topics only, never anything about an applicant. */
  static String question(String country, List<String> topics) {
    String about = topics.isEmpty() ? "la situación general de seguridad y de derechos humanos"
        : "la situación de seguridad y de derechos humanos respecto de: " + String.join(", ", topics);
    return "Se solicita información actualizada del país " + country + " sobre " + about + ".";
  }

  private CoiDocument insert(NewCoiDocument document, String fixedCountry, Long requestId, String by) {
    List<FieldError> errors = new ArrayList<>();
    if (document == null) {
      throw new InvalidRequestException("No se guardó el documento.",
          List.of(new FieldError("", "Envíe el documento como JSON.")));
    }
    String country = fixedCountry != null ? fixedCountry : document.country();
    if (country == null || !country.matches("[A-Z]{2}")) {
      errors.add(new FieldError("country", "El país es obligatorio: código ISO de dos letras mayúsculas, por ejemplo HN."));
    }
    if (document.title() == null || document.title().isBlank()) {
      errors.add(new FieldError("title", "Escriba el título del documento."));
    }
    if (document.source() == null || document.source().isBlank()) {
      errors.add(new FieldError("source", "Indique la fuente del documento."));
    }
    if (document.publishedOn() == null) {
      errors.add(new FieldError("publishedOn", "Indique la fecha de publicación (AAAA-MM-DD)."));
    } else if (document.publishedOn().isAfter(today())) {
      errors.add(new FieldError("publishedOn", "La fecha de publicación no puede ser futura."));
    }
    if (document.reviewBy() == null) {
      errors.add(new FieldError("reviewBy", "Indique hasta qué fecha está vigente el documento (AAAA-MM-DD)."));
    } else if (document.publishedOn() != null && document.reviewBy().isBefore(document.publishedOn())) {
      errors.add(new FieldError("reviewBy", "La fecha de revisión no puede ser anterior a la de publicación."));
    }
    // List.of(...).contains(null) throws: a document sent without a media type must be told so, not fail
    boolean knownType = document.mediaType() != null && MEDIA_TYPES.contains(document.mediaType());
    if (!knownType) {
      errors.add(new FieldError("mediaType", "El tipo debe ser application/pdf o text/html."));
    }
    byte[] content = decode(document.contentBase64(), errors);
    List<String> tags = checkTags(document.tags(), errors, null);
    String text = null;
    if (content != null && knownType) {
      text = extractText(document.mediaType(), content, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se guardó el documento.", errors);
    }
    CoiDocumentRow row = new CoiDocumentRow();
    row.country = country;
    row.title = document.title().strip();
    row.source = document.source().strip();
    row.publishedOn = document.publishedOn();
    row.reviewBy = document.reviewBy();
    row.mediaType = document.mediaType();
    row.content = content;
    row.sha256 = sha256(content);
    row.bodyText = text;
    row.coiRequestId = requestId;
    row.uploadedBy = by;
    mapper.insertDocument(row);
    tags.forEach(tag -> mapper.insertDocumentTag(row.id, tag));
    return mapper.findDocument(row.id).orElseThrow();
  }

  private List<String> checkTags(List<String> tags, List<FieldError> errors, String whatWasNotDone) {
    List<String> codes = tags == null ? List.of() : tags.stream().distinct().toList();
    if (codes.stream().anyMatch(code -> code == null || code.isBlank())) {
      errors.add(new FieldError("tags", "Las etiquetas no pueden estar vacías."));
    } else if (!codes.isEmpty() && mapper.countTags(codes) != codes.size()) {
      errors.add(new FieldError("tags", "Alguna etiqueta no existe; use GET /api/coi/tags para ver las disponibles."));
    }
    if (whatWasNotDone != null && !errors.isEmpty()) {
      throw new InvalidRequestException(whatWasNotDone, errors);
    }
    return codes;
  }

  private static byte[] decode(String base64, List<FieldError> errors) {
    if (base64 == null || base64.isBlank()) {
      errors.add(new FieldError("contentBase64", "Adjunte el archivo codificado en Base64."));
      return null;
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(base64);
      if (bytes.length == 0 || bytes.length > MAX_BYTES) {
        errors.add(new FieldError("contentBase64", "El archivo debe tener entre 1 byte y 20 MB."));
        return null;
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("contentBase64", "El archivo no está codificado en Base64 válido."));
      return null;
    }
  }

  /** The searchable text: an HTML page without its markup, or the text of a PDF's pages. */
  static String extractText(String mediaType, byte[] content, List<FieldError> errors) {
    if ("text/html".equals(mediaType)) {
      String html = new String(content, StandardCharsets.UTF_8);
      return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
          .replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }
    if (content.length < 5 || !Arrays.equals(Arrays.copyOf(content, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      errors.add(new FieldError("contentBase64", "El archivo no es un PDF: debe empezar con %PDF-."));
      return null;
    }
    try {
      PdfReader reader = new PdfReader(content);
      try {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().strip();
      } finally {
        reader.close();
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new FieldError("contentBase64", "No se pudo leer el PDF; envíe un PDF válido y sin contraseña."));
      return null;
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void requireReader(CurrentUser user) {
    requireAnyRole(user, "Su función no tiene acceso al repositorio de información de países de origen.",
        READERS.toArray(Role[]::new));
  }

  private static void requireRole(CurrentUser user, Role role, String message) {
    requireAnyRole(user, message, role);
  }

  private static void requireAnyRole(CurrentUser user, String message, Role... roles) {
    if (user.isAdmin()) {
      return;
    }
    for (Role role : roles) {
      if (holds(user, role)) {
        return;
      }
    }
    throw new AccessDeniedException(message);
  }

  /** Whether the user holds the role nationally or at any office. */
  static boolean holds(CurrentUser user, Role role) {
    return user.groupIds().stream().anyMatch(g -> g.equals(role.groupId()) || (role.officeScoped()
        && g.startsWith(role.groupId()) && g.length() > role.groupId().length()
        && Character.isUpperCase(g.charAt(role.groupId().length()))));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static CoiNotFoundException notFound(long id) {
    return new CoiNotFoundException("No existe el documento de información de país " + id + ".");
  }
}
