package org.refugio.casefile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.ClaimService;
import org.refugio.claim.ClaimStatus;
import org.refugio.claim.ClaimStatusService;
import org.refugio.claim.PersonRecord;
import org.refugio.coi.CoiService;
import org.refugio.documents.DocumentContent;
import org.refugio.documents.DocumentService;
import org.refugio.documents.IssuedDocument;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.interpretation.InterpretationService;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.refugio.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file of a claim: the whole file for a reader of its office, its uploaded scans and evidence with their
 * versions and confidentiality, and officers' notes. Every read goes through {@link ReadAudit}.
 */
@Service
public class CaseFileService {

  private static final Logger log = LoggerFactory.getLogger(CaseFileService.class);
  /** Activities worth showing in a timeline: the work done, not the routing. */
  private static final Set<String> TIMELINE_TYPES = Set.of("userTask", "serviceTask", "businessRuleTask",
      "sendTask", "receiveTask", "callActivity", "intermediateTimer", "intermediateMessageCatch",
      "intermediateSignalCatch", "boundaryTimer", "boundaryMessage", "boundaryError", "startEvent", "noneEndEvent",
      "messageStartEvent", "signalStartEvent");
  private static final int MAX_NOTE = 4000;
  /** The fields of a claim that can be marked confidential. */
  public static final List<String> CONFIDENTIAL_FIELDS = List.of("address", "phone", "email", "specificNeeds");

  private final ReadAudit audit;
  private final ClaimMapper claims;
  private final ClaimStatusService statusService;
  private final DocumentService issued;
  private final CaseFileMapper mapper;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final SystemAuthentication system;
  private final CaseFileProperties properties;
  private final PhysicalFiles physicalFiles;
  private final CoiService coi;
  private final InterpretationService interpretation;

  CaseFileService(ReadAudit audit, ClaimMapper claims, ClaimStatusService statusService, DocumentService issued,
      CaseFileMapper mapper, HistoryService historyService, TaskService taskService, RuntimeService runtimeService,
      SystemAuthentication system, CaseFileProperties properties, PhysicalFiles physicalFiles, CoiService coi,
      InterpretationService interpretation) {
    this.physicalFiles = physicalFiles;
    this.coi = coi;
    this.interpretation = interpretation;
    this.audit = audit;
    this.claims = claims;
    this.statusService = statusService;
    this.issued = issued;
    this.mapper = mapper;
    this.historyService = historyService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.system = system;
    this.properties = properties;
  }

  /**
   * The whole file, read for a reason; {@code forPerson} shows it as it concerns one member of the family case, without
   * what is confidential from them.
   */
  public CaseFileView read(String caseNumber, CurrentUser user, String why, Long forPerson) {
    ClaimRecord claim = audit.read(caseNumber, user, "casefile", why);
    return view(claim, user, why, forPerson);
  }

  /**
   * The file of the claim the user's task belongs to, read for that task. The task must be one the user can see in
   * Tasklist.
   */
  public CaseFileView readForTask(String taskId, CurrentUser user) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      throw new CaseFileNotFoundException("No existe la tarea " + taskId
          + " o no la puede ver: abra el expediente desde una tarea de su bandeja.");
    }
    String caseNumber = system.call(() -> Optional.ofNullable(runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult()).map(ProcessInstance::getBusinessKey))
        .orElseThrow(() -> new CaseFileNotFoundException("La tarea " + taskId + " no pertenece a un expediente."));
    if (claims.findByCaseNumber(caseNumber).isEmpty()) {
      throw new CaseFileNotFoundException("La tarea " + taskId + " no pertenece a un expediente.");
    }
    return read(caseNumber, user, "Tarea «" + task.getName() + "» (" + taskId + ")", null);
  }

  /** An uploaded version's bytes, read for a reason; a confidential one only for those who may open it. */
  public DocumentContent download(String caseNumber, long documentId, CurrentUser user, String why) {
    ClaimRecord claim = audit.read(caseNumber, user, "document:" + documentId, why,
        c -> mapper.findDocument(c.id(), documentId).map(d -> !d.confidential()
            || mayOpenConfidential(user, c.officeCode())).orElse(true),
        "El documento es confidencial: solo lo abren elegibilidad, revisión y gerencia de la oficina y la unidad "
            + "jurídica.");
    return mapper.findContent(claim.id(), documentId).orElseThrow(() -> new CaseFileNotFoundException(
        "El expediente " + caseNumber + " no tiene un documento cargado con id " + documentId + "."));
  }

  /** An issued document's bytes (constancia, resolution), read for a reason. */
  public Optional<DocumentContent> downloadIssued(String caseNumber, long documentId, CurrentUser user, String why) {
    ClaimRecord claim = audit.read(caseNumber, user, "issued-document:" + documentId, why);
    return issued.content(claim.id(), documentId);
  }

  /** What an upload asks for: the file's bytes and what the officer says it is. */
  public record Upload(String fileName, byte[] content, String type, Long personId, boolean confidential,
      boolean confidentialFromFamily, Long replaces) {
  }

  /**
   * Stores an upload as a new document, or as the next version of the document it replaces. The file's kind is
   * told by its content; anything but PDF, JPEG, PNG or TIFF is refused.
   */
  @Transactional
  public CaseDocument upload(String caseNumber, Upload upload, CurrentUser user) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    if (!user.mayReadOffice(claim.officeCode())) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    List<FieldError> errors = new ArrayList<>();
    ContentSniffer.Kind kind = null;
    if (upload.content() == null || upload.content().length == 0) {
      errors.add(new FieldError("file", "Falta el archivo: adjunte el escaneo o la prueba (PDF, JPEG, PNG o TIFF)."));
    } else if (upload.content().length > properties.maxUploadSize().toBytes()) {
      errors.add(new FieldError("file", "El archivo pesa " + megabytes(upload.content().length)
          + " y el máximo es " + megabytes(properties.maxUploadSize().toBytes())
          + ": escanee con menor resolución o divida el documento."));
    } else {
      kind = ContentSniffer.sniff(upload.content()).orElse(null);
      if (kind == null) {
        errors.add(new FieldError("file", "El contenido del archivo no es PDF, JPEG, PNG ni TIFF (se revisa el "
            + "contenido, no el nombre): conviértalo a uno de esos formatos."));
      }
    }
    String type = upload.type() == null ? null : upload.type().strip().toUpperCase(java.util.Locale.ROOT);
    if (type == null || type.isEmpty()) {
      errors.add(new FieldError("type", "Falta el tipo de documento: " + typeList() + "."));
    } else if (!isType(type)) {
      errors.add(new FieldError("type", "Tipo de documento desconocido «" + upload.type() + "»: use " + typeList()
          + "."));
    }
    List<PersonRecord> people = claims.findPeople(claim.id());
    if (upload.personId() != null && people.stream().noneMatch(p -> p.id() == upload.personId())) {
      errors.add(new FieldError("personId", "La persona " + upload.personId()
          + " no es parte de este expediente: elija a la persona solicitante o a un dependiente."));
    }
    if (upload.confidentialFromFamily() && upload.personId() == null) {
      errors.add(new FieldError("personId", "Un documento confidencial para el resto de la familia debe indicar a "
          + "qué persona se refiere."));
    }
    CaseDocument replaced = null;
    if (upload.replaces() != null) {
      List<Long> versions = mapper.lockDocument(claim.id(), upload.replaces());
      if (versions.isEmpty()) {
        errors.add(new FieldError("replaces", "El expediente no tiene un documento " + upload.replaces()
            + " que reemplazar."));
      } else {
        replaced = mapper.findDocument(claim.id(), versions.get(versions.size() - 1)).orElseThrow();
        if (replaced.confidential() && !mayOpenConfidential(user, claim.officeCode())) {
          throw new AccessDeniedException("El documento que quiere reemplazar es confidencial.");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se guardó el documento.", errors);
    }
    String fileName = safeFileName(upload.fileName(), kind);
    String sha256 = DocumentService.sha256Of(upload.content());
    long id = mapper.insertDocument(new CaseFileMapper.NewCaseDocument(claim.id(), upload.replaces(), type,
        upload.personId(), fileName, kind.contentType(), upload.content().length, upload.content(), sha256,
        upload.confidential(), upload.confidentialFromFamily(), user.userId()));
    log.info("Stored case document {} for claim {} ({} bytes, {})", id, claim.id(), upload.content().length,
        kind.contentType());
    if (CaseDocumentType.PAPER_FILE_SCAN.name().equals(type)) {
      physicalFiles.scanUploaded(claim.id(), user.userId());
    }
    return mapper.findDocument(claim.id(), id).orElseThrow();
  }

  /** Adds an officer's note to the file. */
  public CaseNote addNote(String caseNumber, String text, boolean confidential, CurrentUser user) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    if (!user.mayReadOffice(claim.officeCode())) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("No se guardó la nota.",
          List.of(new FieldError("text", "La nota está vacía: escriba su texto.")));
    }
    if (text.length() > MAX_NOTE) {
      throw new InvalidRequestException("No se guardó la nota.", List.of(new FieldError("text",
          "La nota tiene " + text.length() + " caracteres y el máximo es " + MAX_NOTE + ": divídala en varias.")));
    }
    if (confidential && !mayOpenConfidential(user, claim.officeCode())) {
      throw new AccessDeniedException("Solo elegibilidad, revisión y gerencia de la oficina pueden escribir notas "
          + "confidenciales.");
    }
    long id = mapper.insertNote(claim.id(), text.strip(), confidential, user.userId());
    return mapper.findNotes(claim.id()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
  }

  /**
   * Marks which of the claim's fields are confidential ({@link #CONFIDENTIAL_FIELDS}), replacing the earlier marking;
   * for those who may see confidential content.
   */
  @Transactional
  public List<String> markConfidentialFields(String caseNumber, List<String> fields, CurrentUser user) {
    ClaimRecord claim = claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
    if (!mayOpenConfidential(user, claim.officeCode())) {
      throw new AccessDeniedException("Solo elegibilidad, revisión y gerencia de la oficina " + claim.officeCode()
          + " y la unidad jurídica marcan datos confidenciales.");
    }
    List<String> wanted = fields == null ? List.of() : fields;
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (!CONFIDENTIAL_FIELDS.contains(wanted.get(i))) {
        errors.add(new FieldError("fields[" + i + "]", "El dato «" + wanted.get(i) + "» no se puede marcar como "
            + "confidencial: use " + String.join(", ", CONFIDENTIAL_FIELDS) + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se marcaron los datos confidenciales.", errors);
    }
    mapper.clearConfidentialFields(claim.id());
    wanted.stream().distinct().forEach(field -> mapper.insertConfidentialField(claim.id(), field, user.userId()));
    return mapper.findConfidentialFields(claim.id());
  }

  /** Whether the user may open what is confidential in the files of an office. */
  static boolean mayOpenConfidential(CurrentUser user, String officeCode) {
    return user.hasRole(Role.ELIGIBILITY, officeCode) || user.hasRole(Role.REVIEW, officeCode)
        || user.hasRole(Role.MANAGER, officeCode) || user.hasRole(Role.LEGAL, officeCode);
  }

  private CaseFileView view(ClaimRecord claim, CurrentUser user, String why, Long forPerson) {
    ClaimStatus status = statusService.status(claim.caseNumber(), user);
    boolean confidentialAccess = mayOpenConfidential(user, claim.officeCode());
    List<PersonRecord> people = claims.findPeople(claim.id());
    if (forPerson != null && people.stream().noneMatch(p -> p.id() == forPerson)) {
      throw new InvalidRequestException("No se abrió el expediente.", List.of(new FieldError("forPerson",
          "La persona " + forPerson + " no es parte de este expediente.")));
    }
    List<String> confidentialFields = mapper.findConfidentialFields(claim.id());
    List<String> withheld = confidentialAccess ? List.of() : confidentialFields;
    List<CaseFileView.Person> persons = people.stream()
        .map(p -> new CaseFileView.Person(p.id(), p.role(), p.relationship(), p.displayName(), p.sex(),
            p.dateOfBirth(), p.nationality(), p.languages(),
            withheld.contains("specificNeeds") ? null : p.specificNeeds(), p.outcome()))
        .toList();
    CaseFileMapper.Contact stored = mapper.findContact(claim.id()).orElseThrow();
    CaseFileView.Contact contact = new CaseFileView.Contact(
        withheld.contains("address") ? null : stored.address(),
        withheld.contains("phone") ? null : stored.phone(),
        withheld.contains("email") ? null : stored.email());
    List<CaseFileView.IssuedDocument> issuedDocuments = issued.listForClaim(claim.id()).stream()
        .map(d -> issuedDocument(claim.caseNumber(), d)).toList();
    Map<Long, List<CaseDocument>> byKey = new LinkedHashMap<>();
    for (CaseDocument document : mapper.findDocuments(claim.id())) {
      if (forPerson != null && document.confidentialFromFamily() && document.personId() != null
          && !document.personId().equals(forPerson)) {
        continue;
      }
      byKey.computeIfAbsent(document.documentKey(), k -> new ArrayList<>()).add(document);
    }
    List<CaseFileView.UploadedDocument> uploaded = byKey.values().stream()
        .map(versions -> uploadedDocument(claim.caseNumber(), versions, confidentialAccess)).toList();
    List<CaseFileView.Note> notes = mapper.findNotes(claim.id()).stream()
        .filter(n -> !n.confidential() || confidentialAccess)
        .map(n -> new CaseFileView.Note(n.id(), n.text(), n.confidential(), n.writtenBy(), n.writtenAt()))
        .toList();
    return new CaseFileView(claim.caseNumber(), claim.officeCode(), claim.status(), claim.applicationDate(),
        claim.modality(), claim.priority(), claim.outcome(), claim.closureReason(),
        why == null || why.isBlank() ? ReadAudit.NO_REASON : why.strip(), contact, confidentialFields, withheld,
        persons, status.currentSteps(),
        timeline(claim), status.deadlines(), issuedDocuments, uploaded, List.copyOf(coi.attached(claim.id())),
        List.copyOf(interpretation.bookingsOf(claim.id())), notes,
        status.transfers());
  }

  private List<CaseFileView.TimelineEntry> timeline(ClaimRecord claim) {
    if (claim.processInstanceId() == null) {
      return List.of();
    }
    // the office check is ours (ReadAudit); the engine's history is read without the user's engine authorization
    List<HistoricActivityInstance> activities = system.call(() -> historyService
        .createHistoricActivityInstanceQuery().processInstanceId(claim.processInstanceId()).finished()
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
    return activities.stream()
        .filter(a -> a.getActivityName() != null && TIMELINE_TYPES.contains(a.getActivityType()))
        .map(a -> new CaseFileView.TimelineEntry(a.getActivityId(), a.getActivityName(), a.getActivityType(),
            a.getAssignee(), at(a.getStartTime()), at(a.getEndTime())))
        .toList();
  }

  private static CaseFileView.IssuedDocument issuedDocument(String caseNumber, IssuedDocument d) {
    return new CaseFileView.IssuedDocument(d.id(), d.type().name(), d.type().title(), d.sha256(), d.issuedAt(),
        "/api/claims/" + caseNumber + "/documents/" + d.id());
  }

  private static CaseFileView.UploadedDocument uploadedDocument(String caseNumber, List<CaseDocument> versions,
      boolean confidentialAccess) {
    CaseDocument latest = versions.get(versions.size() - 1);
    boolean restricted = latest.confidential() && !confidentialAccess;
    List<CaseDocument> newestFirst = new ArrayList<>(versions);
    java.util.Collections.reverse(newestFirst);
    List<CaseFileView.Version> shown = restricted ? List.of() : newestFirst.stream()
        .map(v -> new CaseFileView.Version(v.id(), v.version(), v.fileName(), v.contentType(), v.sizeBytes(),
            v.sha256(), v.uploadedBy(), v.uploadedAt(),
            "/api/casefile/" + caseNumber + "/documents/" + v.id()))
        .toList();
    return new CaseFileView.UploadedDocument(latest.documentKey(), latest.type(), typeName(latest.type()),
        latest.personId(), latest.confidential(), latest.confidentialFromFamily(), restricted, shown);
  }

  private static String typeName(String type) {
    return isType(type) ? CaseDocumentType.valueOf(type).spanish() : type;
  }

  private static boolean isType(String type) {
    for (CaseDocumentType t : CaseDocumentType.values()) {
      if (t.name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static String typeList() {
    StringBuilder list = new StringBuilder();
    for (CaseDocumentType t : CaseDocumentType.values()) {
      list.append(list.isEmpty() ? "" : ", ").append(t.name()).append(" (").append(t.spanish()).append(")");
    }
    return list.toString();
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** The client's file name without any path or character a file system or header could trip on. */
  private static String safeFileName(String fileName, ContentSniffer.Kind kind) {
    String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^A-Za-z0-9._-]+", "-")
        .replaceAll("^-+|-+$", "");
    if (base.isEmpty()) {
      base = "documento";
    }
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    return base + kind.extension();
  }

  private static OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(ClaimService.ZONE).toOffsetDateTime();
  }
}
