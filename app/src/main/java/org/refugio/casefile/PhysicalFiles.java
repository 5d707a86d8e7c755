package org.refugio.casefile;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimNotFoundException;
import org.refugio.claim.ClaimRecord;
import org.refugio.claim.ClaimService;
import org.refugio.documents.DocumentRenderer;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.OfficeMapper;
import org.refugio.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The File Tracking System: each paper file's label, location, custody chain, digitization and retention. Archive
 * staff of the file's office move it; anyone who may read the office's claims may see where it is.
 */
@Service
public class PhysicalFiles {

  private static final float LABEL_WIDTH = 288f;
  private static final float LABEL_HEIGHT = 144f;

  private final PhysicalFileMapper mapper;
  private final ClaimMapper claims;
  private final OfficeMapper offices;
  private final CaseFileMapper documents;
  private final CaseFileProperties properties;

  PhysicalFiles(PhysicalFileMapper mapper, ClaimMapper claims, OfficeMapper offices, CaseFileMapper documents,
      CaseFileProperties properties) {
    this.mapper = mapper;
    this.claims = claims;
    this.offices = offices;
    this.documents = documents;
    this.properties = properties;
  }

  /** What archive staff say about where a file is. */
  public record Location(String room, String shelf, String box) {
  }

  /** Opens the claim's paper file at its office, shelved where the archive says; its label code is the case number. */
  @Transactional
  public PhysicalFile register(String caseNumber, Location location, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    requireArchive(user, claim.officeCode());
    if (mapper.find(claim.id()).isPresent()) {
      throw new org.refugio.claim.ClaimConflictException("El expediente " + caseNumber
          + " ya tiene su expediente físico registrado: consúltelo o muévalo.");
    }
    Location where = requireLocation(location);
    mapper.insert(claim.id(), claim.caseNumber(), claim.officeCode(), where.room(), where.shelf(), where.box());
    mapper.insertEvent(claim.id(), "REGISTERED", describe(claim.officeCode(), where), user.userId());
    return view(claim);
  }

  public PhysicalFile find(String caseNumber, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    if (!user.mayReadOffice(claim.officeCode())) {
      throw new AccessDeniedException("El expediente " + caseNumber + " pertenece a otra oficina.");
    }
    return view(claim);
  }

  /** The scanning station reads a label: which file it is, for staff of the office that holds it. */
  public PhysicalFile findByLabel(String labelCode, CurrentUser user) {
    PhysicalFileMapper.Row row = mapper.findByLabel(labelCode == null ? "" : labelCode.strip())
        .orElseThrow(() -> new CaseFileNotFoundException("Ninguna etiqueta de expediente físico tiene el código "
            + labelCode + ": vuelva a escanearla o escriba el número de expediente."));
    ClaimRecord claim = claims.findById(row.claimId()).orElseThrow();
    if (!user.mayReadOffice(claim.officeCode()) && !user.mayReadOffice(row.officeCode())) {
      throw new AccessDeniedException("El expediente físico pertenece a otra oficina.");
    }
    return view(claim);
  }

  /** Lends the file to a person. */
  @Transactional
  public PhysicalFile checkOut(String caseNumber, String holder, CurrentUser user) {
    return move(caseNumber, user, row -> {
      if (holder == null || holder.isBlank()) {
        throw invalid("holder", "Indique a quién se entrega el expediente (usuario o nombre).");
      }
      requireCustody(row, "SHELVED", "solo se entrega un expediente que está en su lugar");
      return new Change(new PhysicalFileMapper.Row(row.claimId(), row.labelCode(), row.officeCode(), row.room(),
          row.shelf(), row.box(), "CHECKED_OUT", holder.strip(), null, row.digitization(), row.pageCount()),
          "CHECKED_OUT", "Entregado a " + holder.strip());
    });
  }

  /** Takes the file back onto a shelf: after a check-out, or on arrival from another office. */
  @Transactional
  public PhysicalFile checkIn(String caseNumber, Location location, CurrentUser user) {
    ClaimRecord claim = claim(caseNumber);
    PhysicalFileMapper.Row current = mapper.lock(claim.id()).orElseThrow(() -> noFile(caseNumber));
    String office = "IN_TRANSIT".equals(current.custody()) ? current.transitTo() : current.officeCode();
    requireArchive(user, office);
    if ("SHELVED".equals(current.custody())) {
      throw invalid("custody", "El expediente ya está en su lugar: no hay nada que recibir.");
    }
    Location where = requireLocation(location);
    mapper.update(new PhysicalFileMapper.Row(current.claimId(), current.labelCode(), office, where.room(),
        where.shelf(), where.box(), "SHELVED", null, null, current.digitization(), current.pageCount()));
    mapper.insertEvent(claim.id(), "CHECKED_IN", describe(office, where), user.userId());
    return view(claim);
  }

  /** Sends the file to another office. */
  @Transactional
  public PhysicalFile sendTo(String caseNumber, String toOffice, CurrentUser user) {
    return move(caseNumber, user, row -> {
      String office = toOffice == null ? "" : toOffice.strip().toUpperCase(Locale.ROOT);
      if (offices.findByCode(office).isEmpty()) {
        throw invalid("toOffice", "Oficina desconocida «" + toOffice + "»: use un código como TAP o CDMX.");
      }
      if (office.equals(row.officeCode())) {
        throw invalid("toOffice", "El expediente ya está en la oficina " + office + ".");
      }
      requireCustody(row, "SHELVED", "solo se envía un expediente que está en su lugar");
      return new Change(new PhysicalFileMapper.Row(row.claimId(), row.labelCode(), row.officeCode(), null, null,
          null, "IN_TRANSIT", null, office, row.digitization(), row.pageCount()), "SENT", "Enviado a " + office);
    });
  }

  /** Records how far the file is digitized; verified needs its page count and a scan uploaded to the case file. */
  @Transactional
  public PhysicalFile digitization(String caseNumber, String state, Integer pageCount, CurrentUser user) {
    return move(caseNumber, user, row -> {
      String target = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
      if (!List.of("PENDING", "SCANNED", "VERIFIED").contains(target)) {
        throw invalid("state", "Estado de digitalización desconocido «" + state + "»: use PENDING, SCANNED o "
            + "VERIFIED.");
      }
      if ("VERIFIED".equals(target)) {
        List<FieldError> errors = new ArrayList<>();
        if (pageCount == null || pageCount < 1) {
          errors.add(new FieldError("pageCount", "Indique cuántas páginas tiene el expediente verificado."));
        }
        if (documents.findDocuments(row.claimId()).stream().noneMatch(d -> "PAPER_FILE_SCAN".equals(d.type()))) {
          errors.add(new FieldError("state", "Cargue primero el escaneo del expediente físico (tipo "
              + "PAPER_FILE_SCAN) y después verifíquelo."));
        }
        if (!errors.isEmpty()) {
          throw new InvalidRequestException("No se verificó la digitalización.", errors);
        }
      }
      Integer pages = "VERIFIED".equals(target) ? pageCount : null;
      return new Change(new PhysicalFileMapper.Row(row.claimId(), row.labelCode(), row.officeCode(), row.room(),
          row.shelf(), row.box(), row.custody(), row.holder(), row.transitTo(), target, pages), target,
          pages == null ? null : pages + " páginas");
    });
  }

  /** A scan of the paper file was uploaded: a pending file becomes scanned. */
  void scanUploaded(long claimId, String byUser) {
    mapper.lock(claimId).filter(row -> "PENDING".equals(row.digitization())).ifPresent(row -> {
      mapper.update(new PhysicalFileMapper.Row(row.claimId(), row.labelCode(), row.officeCode(), row.room(),
          row.shelf(), row.box(), row.custody(), row.holder(), row.transitTo(), "SCANNED", null));
      mapper.insertEvent(claimId, "SCANNED", null, byUser);
    });
  }

  /** The printable label: a QR code with the label code, the case number in large type, the office and location. */
  public byte[] label(String caseNumber, CurrentUser user) {
    PhysicalFile file = find(caseNumber, user);
    String officeName = offices.findByCode(file.office()).map(o -> o.name()).orElse(file.office());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(new Rectangle(LABEL_WIDTH, LABEL_HEIGHT), 10, 10, 10, 10);
    PdfWriter.getInstance(document, out);
    document.addTitle("Etiqueta del expediente " + file.caseNumber());
    document.addCreator("Refugio");
    document.open();
    PdfPTable table = new PdfPTable(new float[] {1f, 1.9f});
    table.setWidthPercentage(100);
    Image qr = DocumentRenderer.qrCode(file.labelCode());
    qr.scaleAbsolute(110f, 110f);
    PdfPCell code = new PdfPCell(qr, false);
    code.setBorder(Rectangle.NO_BORDER);
    code.setVerticalAlignment(Element.ALIGN_MIDDLE);
    table.addCell(code);
    PdfPCell text = new PdfPCell();
    text.setBorder(Rectangle.NO_BORDER);
    text.addElement(new Paragraph("COMAR · Expediente físico", new Font(Font.HELVETICA, 8)));
    text.addElement(new Paragraph(file.caseNumber(), new Font(Font.HELVETICA, 15, Font.BOLD)));
    text.addElement(new Paragraph("Oficina: " + officeName, new Font(Font.HELVETICA, 9)));
    text.addElement(new Paragraph("Ubicación: " + location(file), new Font(Font.HELVETICA, 9)));
    text.addElement(new Paragraph("Código: " + file.labelCode(), new Font(Font.HELVETICA, 8)));
    table.addCell(text);
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private record Change(PhysicalFileMapper.Row row, String kind, String detail) {
  }

  private PhysicalFile move(String caseNumber, CurrentUser user,
      java.util.function.Function<PhysicalFileMapper.Row, Change> change) {
    ClaimRecord claim = claim(caseNumber);
    PhysicalFileMapper.Row current = mapper.lock(claim.id()).orElseThrow(() -> noFile(caseNumber));
    requireArchive(user, current.officeCode());
    Change done = change.apply(current);
    mapper.update(done.row());
    mapper.insertEvent(claim.id(), done.kind(), done.detail(), user.userId());
    return view(claim);
  }

  private PhysicalFile view(ClaimRecord claim) {
    PhysicalFileMapper.Row row = mapper.find(claim.id()).orElseThrow(() -> noFile(claim.caseNumber()));
    LocalDate retention = claim.closedAt() == null ? null
        : claim.closedAt().atZoneSameInstant(ClaimService.ZONE).toLocalDate().plusYears(properties.retentionYears());
    return new PhysicalFile(claim.caseNumber(), row.labelCode(), row.officeCode(), row.room(), row.shelf(),
        row.box(), row.custody(), row.holder(), row.transitTo(), row.digitization(), row.pageCount(), retention,
        mapper.findEvents(claim.id()));
  }

  private ClaimRecord claim(String caseNumber) {
    return claims.findByCaseNumber(caseNumber).orElseThrow(() -> new ClaimNotFoundException(caseNumber));
  }

  private static void requireArchive(CurrentUser user, String officeCode) {
    if (!user.hasRole(Role.ARCHIVE, officeCode)) {
      throw new AccessDeniedException("Solo el personal de archivo de la oficina " + officeCode
          + " registra y mueve sus expedientes físicos.");
    }
  }

  private static void requireCustody(PhysicalFileMapper.Row row, String expected, String rule) {
    if (!expected.equals(row.custody())) {
      throw invalid("custody", "El expediente está " + custodyText(row) + ": " + rule + ".");
    }
  }

  private static String custodyText(PhysicalFileMapper.Row row) {
    return switch (row.custody()) {
      case "CHECKED_OUT" -> "entregado a " + row.holder();
      case "IN_TRANSIT" -> "en tránsito a " + row.transitTo();
      default -> "en su lugar";
    };
  }

  private static Location requireLocation(Location location) {
    List<FieldError> errors = new ArrayList<>();
    if (location == null || location.room() == null || location.room().isBlank()) {
      errors.add(new FieldError("room", "Indique la sala o cuarto del archivo."));
    }
    if (location == null || location.shelf() == null || location.shelf().isBlank()) {
      errors.add(new FieldError("shelf", "Indique el estante."));
    }
    if (location == null || location.box() == null || location.box().isBlank()) {
      errors.add(new FieldError("box", "Indique la caja."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró la ubicación.", errors);
    }
    return new Location(location.room().strip(), location.shelf().strip(), location.box().strip());
  }

  private static String describe(String office, Location where) {
    return office + ", sala " + where.room() + ", estante " + where.shelf() + ", caja " + where.box();
  }

  private static String location(PhysicalFile file) {
    return file.room() == null ? "en tránsito"
        : "sala " + file.room() + ", estante " + file.shelf() + ", caja " + file.box();
  }

  private static InvalidRequestException invalid(String field, String message) {
    return new InvalidRequestException("No se movió el expediente.", List.of(new FieldError(field, message)));
  }

  private static CaseFileNotFoundException noFile(String caseNumber) {
    return new CaseFileNotFoundException("El expediente " + caseNumber + " no tiene expediente físico registrado: "
        + "regístrelo con su ubicación.");
  }
}
