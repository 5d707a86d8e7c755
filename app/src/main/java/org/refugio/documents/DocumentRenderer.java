package org.refugio.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.refugio.documents.DocumentTemplate.Kind;
import org.refugio.documents.DocumentTemplate.Section;
import org.springframework.stereotype.Component;

/**
 * Renders issued documents as PDF from their Spanish templates ({@link DocumentTemplate}); pure, so it is tested
 * without Spring or a database.
 *
 * <p>Placeholders every document has: {@code caseNumber}, {@code officeName}, {@code officeState},
 * {@code documentTitle}, {@code issueDate}, {@code issueTime}, {@code principalName}, {@code principalSex},
 * {@code principalDateOfBirth}, {@code principalNationality}, {@code dependantCount}, {@code verificationCode},
 * {@code verificationUrl}; a constancia adds {@code applicationDate}; a resolution adds {@code outcome},
 * {@code grounds}, {@code decidedBy}, {@code decisionDate}; an appeal resolution adds {@code appealedOutcome},
 * {@code appealFiledOn}, {@code result}, {@code newOutcome}, {@code grounds}, {@code decidedBy},
 * {@code decisionDate}. A dependants row has {@code name}, {@code relationship},
 * {@code sex}, {@code dateOfBirth}, {@code nationality} and {@code outcome} (the dependant's own, else the
 * document's); the footer has {@code page}.
 */
@Component
public class DocumentRenderer {

  static final String CONTENT_TYPE = "application/pdf";

  private static final Locale SPANISH_MEXICO = new Locale("es", "MX");
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", SPANISH_MEXICO);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", SPANISH_MEXICO);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", SPANISH_MEXICO);
  private static final String AUTHOR = "Comisión Mexicana de Ayuda a Refugiados";
  private static final float QR_SIZE = 72f;
  private static final Color RULE = new Color(0x60, 0x60, 0x60);
  private static final Color SHADE = new Color(0xE8, 0xE8, 0xE8);

  private final DocumentsProperties properties;
  private final Map<DocumentType, DocumentTemplate> templates = new EnumMap<>(DocumentType.class);
  private final Fonts fonts = new Fonts();

  public DocumentRenderer(DocumentsProperties properties) {
    this.properties = properties;
    for (DocumentType type : DocumentType.values()) {
      templates.put(type, DocumentTemplate.load(type.template()));
    }
  }

  /** A constancia de trámite as PDF bytes, carrying the given verification code. */
  public byte[] renderConstancia(ConstanciaData data, String verificationCode) {
    return renderConstancia(data, verificationCode, null);
  }

  /**
   * A constancia de trámite as PDF bytes, carrying the given verification code and, unless {@code null}, the PIN
   * by which the applicant reads their claim's status on the public page ({@code statusPin}, {@code statusUrl}).
   */
  public byte[] renderConstancia(ConstanciaData data, String verificationCode, String statusPin) {
    Map<String, String> values = commonValues(DocumentType.CONSTANCIA, data.caseNumber(), data.officeName(),
        data.officeState(), data.principal(), data.dependants(), data.issuedAt(), verificationCode);
    values.put("applicationDate", LONG_DATE.format(data.applicationDate()));
    Set<String> flags = flags(data.dependants(), false);
    if (statusPin != null) {
      values.put("statusPin", statusPin);
      values.put("statusUrl", properties.statusUrl());
      flags.add(DocumentTemplate.FLAG_STATUS_PIN);
    }
    return render(DocumentType.CONSTANCIA, values, flags, data.dependants(), verificationCode);
  }

  /** A first-instance resolution as PDF bytes, carrying the given verification code. */
  public byte[] renderResolution(ResolutionData data, String verificationCode) {
    Map<String, String> values = commonValues(DocumentType.RESOLUTION, data.caseNumber(), data.officeName(),
        data.officeState(), data.principal(), data.dependants(), data.issuedAt(), verificationCode);
    values.put("outcome", fit("outcome", data.outcome().spanish()));
    values.put("grounds", fit("grounds", data.grounds().strip()));
    values.put("decidedBy", fit("decidedBy", data.decidedBy()));
    values.put("decisionDate", LONG_DATE.format(data.decidedAt()));
    return render(DocumentType.RESOLUTION, values, flags(data.dependants(), data.outcome().isProtection()),
        data.dependants(), verificationCode);
  }

  /** The resolution of a recurso de revisión as PDF bytes, carrying the given verification code. */
  public byte[] renderAppealResolution(AppealResolutionData data, String verificationCode) {
    Map<String, String> values = commonValues(DocumentType.APPEAL_RESOLUTION, data.caseNumber(), data.officeName(),
        data.officeState(), data.principal(), data.dependants(), data.issuedAt(), verificationCode);
    values.put("appealedOutcome", data.appealedOutcome().spanish());
    values.put("appealFiledOn", LONG_DATE.format(data.appealFiledOn()));
    values.put("result", data.result().resolutionText());
    values.put("newOutcome", data.newOutcome() == null ? "" : data.newOutcome().spanish());
    // what each person's claim stands at after the appeal; a dependant's own outcome, if any, replaces it in its row
    values.put("outcome", switch (data.result()) {
      case CONFIRMED -> data.appealedOutcome().spanish();
      case REVOKED -> data.newOutcome().spanish();
      case REMANDED -> "Pendiente de nueva resolución";
    });
    values.put("grounds", fit("grounds", data.grounds().strip()));
    values.put("decidedBy", fit("decidedBy", data.decidedBy()));
    values.put("decisionDate", LONG_DATE.format(data.decidedAt()));
    boolean protection = switch (data.result()) {
      case CONFIRMED -> data.appealedOutcome().isProtection();
      case REVOKED -> data.newOutcome().isProtection();
      case REMANDED -> false;
    };
    Set<String> flags = flags(data.dependants(), protection);
    flags.add(switch (data.result()) {
      case CONFIRMED -> DocumentTemplate.FLAG_CONFIRMED;
      case REVOKED -> DocumentTemplate.FLAG_REVOKED;
      case REMANDED -> DocumentTemplate.FLAG_REMANDED;
    });
    return render(DocumentType.APPEAL_RESOLUTION, values, flags, data.dependants(), verificationCode);
  }

  /** A prevención for a late filing as PDF bytes, carrying the given verification code. */
  public byte[] renderPrevention(PreventionData data, String verificationCode) {
    Map<String, String> values = commonValues(DocumentType.PREVENTION, data.caseNumber(), data.officeName(),
        data.officeState(), data.principal(), data.dependants(), data.issuedAt(), verificationCode);
    values.put("applicationDate", LONG_DATE.format(data.applicationDate()));
    values.put("entryDate", LONG_DATE.format(data.entryDate()));
    values.put("replyDays", Integer.toString(data.replyDays()));
    values.put("replyDue", LONG_DATE.format(data.replyDue()));
    return render(DocumentType.PREVENTION, values, flags(data.dependants(), false), data.dependants(),
        verificationCode);
  }

  private Map<String, String> commonValues(DocumentType type, String caseNumber, String officeName,
      String officeState, Person principal, List<Dependant> dependants, OffsetDateTime issuedAt,
      String verificationCode) {
    Map<String, String> values = new HashMap<>();
    values.put("documentTitle", type.title());
    values.put("caseNumber", fit("caseNumber", caseNumber));
    values.put("officeName", fit("officeName", officeName));
    values.put("officeState", fit("officeState", officeState));
    values.put("issueDate", LONG_DATE.format(issuedAt));
    values.put("issueTime", TIME.format(issuedAt));
    values.put("principalName", fit("principal's name", principal.fullName()));
    values.put("principalSex", principal.sex().spanish());
    values.put("principalDateOfBirth", LONG_DATE.format(principal.dateOfBirth()));
    values.put("principalNationality", fit("nationality", principal.nationalityInSpanish()));
    values.put("dependantCount", Integer.toString(dependants.size()));
    values.put("verificationCode", VerificationCode.grouped(verificationCode));
    values.put("verificationUrl", properties.verificationUrl(verificationCode));
    return values;
  }

  private static Set<String> flags(List<Dependant> dependants, boolean protection) {
    Set<String> flags = new HashSet<>();
    if (!dependants.isEmpty()) {
      flags.add(DocumentTemplate.FLAG_DEPENDANTS);
    }
    if (protection) {
      flags.add(DocumentTemplate.FLAG_PROTECTION);
    }
    return flags;
  }

  private static Map<String, String> dependantValues(Map<String, String> documentValues, Dependant dependant) {
    Map<String, String> values = new HashMap<>(documentValues);
    Person person = dependant.person();
    values.put("name", fit("a dependant's name", person.fullName()));
    values.put("relationship", fit("a dependant's relationship", dependant.relationship()));
    values.put("sex", person.sex().spanish());
    values.put("dateOfBirth", SHORT_DATE.format(person.dateOfBirth()));
    values.put("nationality", fit("a dependant's nationality", person.nationalityInSpanish()));
    if (dependant.outcome() != null) {
      // a dependant decided separately; the others keep the document's (the principal applicant's) outcome
      values.put("outcome", dependant.outcome().spanish());
    }
    return values;
  }

  private static String fit(String what, String text) {
    return WinAnsiText.fit(what, text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private byte[] render(DocumentType type, Map<String, String> values, Set<String> flags, List<Dependant> dependants,
      String verificationCode) {
    DocumentTemplate template = templates.get(type);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.LETTER, 64, 64, 44, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    // justify by widening the spaces between words only, never the letters of a name
    writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
    writer.setPageEvent(new Footer(template, template.lines(Kind.FOOTER, flags), values, fonts.small));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("es-MX"));
    document.addTitle(type.title() + " " + values.get("caseNumber"));
    document.addAuthor(AUTHOR);
    document.addCreator("Refugio");
    document.open();
    for (Section section : template.sections(flags)) {
      switch (section.kind()) {
        case HEADER -> header(document, template, section, values);
        case REFERENCE -> lines(document, template, section, values, fonts.normal, Element.ALIGN_RIGHT, 0, 6);
        case TITLE -> lines(document, template, section, values, fonts.title, Element.ALIGN_CENTER, 8, 10);
        case HEADING -> lines(document, template, section, values, fonts.bold, Element.ALIGN_LEFT, 6, 6);
        case PARAGRAPH -> paragraphs(document, template, section, values);
        case DEPENDANTS -> dependants(document, template, section, values, dependants);
        case SIGNATURE -> lines(document, template, section, values, fonts.normal, Element.ALIGN_CENTER, 14, 0);
        case VERIFICATION -> verification(document, template, section, values,
            properties.verificationUrl(verificationCode));
        case FOOTER -> {
          // printed on every page by the Footer page event
        }
      }
    }
    document.close();
    return out.toByteArray();
  }

  private void header(Document document, DocumentTemplate template, Section section, Map<String, String> values) {
    lines(document, template, section, values, fonts.bold, Element.ALIGN_CENTER, 0, 0);
    Paragraph rule = new Paragraph(new Chunk(new LineSeparator(0.8f, 100f, RULE, Element.ALIGN_CENTER, -4f)));
    rule.setSpacingAfter(10);
    document.add(rule);
  }

  private static void lines(Document document, DocumentTemplate template, Section section,
      Map<String, String> values, Font font, int alignment, float spacingBefore, float spacingAfter) {
    List<String> blocks = section.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Paragraph line = new Paragraph(template.fill(blocks.get(i), values), font);
      line.setAlignment(alignment);
      line.setSpacingBefore(i == 0 ? spacingBefore : 0);
      line.setSpacingAfter(i == blocks.size() - 1 ? spacingAfter : 0);
      document.add(line);
    }
  }

  private void paragraphs(Document document, DocumentTemplate template, Section section, Map<String, String> values) {
    for (String block : section.blocks()) {
      for (String text : DocumentTemplate.paragraphs(template.fill(block, values))) {
        Paragraph paragraph = new Paragraph(13.5f, text, fonts.normal);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
      }
    }
  }

  private void dependants(Document document, DocumentTemplate template, Section section,
      Map<String, String> values, List<Dependant> dependants) {
    if (dependants.isEmpty()) {
      return;
    }
    // split before filling, so that a "|" inside a value stays in its cell
    List<String> headings = DocumentTemplate.columns(section.blocks().get(0));
    List<String> cells = DocumentTemplate.columns(section.blocks().get(1));
    PdfPTable table = new PdfPTable(headings.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(2);
    table.setSpacingAfter(10);
    for (String heading : headings) {
      PdfPCell cell = cell(template.fill(heading, values), fonts.smallBold);
      cell.setBackgroundColor(SHADE);
      table.addCell(cell);
    }
    for (Dependant dependant : dependants) {
      Map<String, String> rowValues = dependantValues(values, dependant);
      cells.forEach(text -> table.addCell(cell(template.fill(text, rowValues), fonts.smallNormal)));
    }
    document.add(table);
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setPadding(3);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    return cell;
  }

  private void verification(Document document, DocumentTemplate template, Section section,
      Map<String, String> values, String qrContent) {
    PdfPTable table = new PdfPTable(new float[] {1, 4});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setKeepTogether(true);
    PdfPCell code = new PdfPCell(qrCode(qrContent), false);
    code.setPadding(6);
    code.setBorderColor(RULE);
    code.setBorderWidth(0.5f);
    code.setHorizontalAlignment(Element.ALIGN_CENTER);
    code.setVerticalAlignment(Element.ALIGN_MIDDLE);
    table.addCell(code);
    PdfPCell text = new PdfPCell();
    text.setPadding(6);
    text.setBorderColor(RULE);
    text.setBorderWidth(0.5f);
    text.setVerticalAlignment(Element.ALIGN_MIDDLE);
    for (String line : section.blocks()) {
      text.addElement(new Paragraph(10.5f, template.fill(line, values), fonts.smallNormal));
    }
    table.addCell(text);
    document.add(table);
  }

  /**
   * The QR code as a one-bit image, one pixel per module, scaled up without smoothing so it stays sharp; also printed
   * on the labels of paper files.
   */
  public static Image qrCode(String content) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN, 2,
          EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("Cannot encode the verification link as a QR code", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    int rowBytes = (width + 7) / 8;
    byte[] pixels = new byte[rowBytes * height];
    Arrays.fill(pixels, (byte) 0xFF);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (matrix.get(x, y)) {
          pixels[y * rowBytes + x / 8] &= (byte) ~(0x80 >> (x % 8));
        }
      }
    }
    try {
      Image image = Image.getInstance(width, height, 1, 1, pixels);
      image.scaleAbsolute(QR_SIZE, QR_SIZE);
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException("Cannot build the QR code image", e);
    }
  }

  /** Prints the footer lines at the bottom of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final DocumentTemplate template;
    private final List<String> lines;
    private final Map<String, String> values;
    private final Font font;

    Footer(DocumentTemplate template, List<String> lines, Map<String, String> values, Font font) {
      this.template = template;
      this.lines = lines;
      this.values = values;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Map<String, String> pageValues = new HashMap<>(values);
      pageValues.put("page", Integer.toString(writer.getPageNumber()));
      ColumnText column = new ColumnText(writer.getDirectContent());
      column.setSimpleColumn(document.left(), 20, document.right(), document.bottom() - 12);
      for (String line : lines) {
        Paragraph paragraph = new Paragraph(10f, template.fill(line, pageValues), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        column.addElement(paragraph);
      }
      column.go();
    }
  }

  /** Standard Helvetica in WinAnsi encoding: every PDF reader has it, and it prints Spanish as written. */
  private static final class Fonts {

    final Font normal;
    final Font bold;
    final Font title;
    final Font small;
    final Font smallNormal;
    final Font smallBold;

    Fonts() {
      try {
        BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        BaseFont heavy = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        normal = new Font(regular, 10f);
        bold = new Font(heavy, 10f);
        title = new Font(heavy, 12.5f);
        small = new Font(regular, 7f, Font.NORMAL, RULE);
        smallNormal = new Font(regular, 8f);
        smallBold = new Font(heavy, 8f);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load the standard Helvetica font", e);
      }
    }
  }
}
