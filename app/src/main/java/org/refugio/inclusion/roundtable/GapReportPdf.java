package org.refugio.inclusion.roundtable;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A roundtable's gap report as a Spanish PDF (OpenPDF, as the issued documents): the figures only, no personal data,
 * so it can be shared with every member of the roundtable.
 */
final class GapReportPdf {

  private static final Locale SPANISH_MEXICO = new Locale("es", "MX");
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
      SPANISH_MEXICO);
  private static final Color SHADE = new Color(0xE8, 0xE8, 0xE8);

  private GapReportPdf() {
  }

  static byte[] render(GapReport report, LocalDate generatedOn) {
    Font title = font(BaseFont.HELVETICA_BOLD, 15);
    Font heading = font(BaseFont.HELVETICA_BOLD, 11);
    Font body = font(BaseFont.HELVETICA, 9.5f);
    Font bold = font(BaseFont.HELVETICA_BOLD, 9.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(document, out);
    document.addTitle("Reporte de brechas — " + report.roundtableName());
    document.addAuthor("Comisión Mexicana de Ayuda a Refugiados");
    document.open();
    document.add(new Paragraph("Reporte de brechas de inclusión", title));
    document.add(new Paragraph(report.roundtableName(), heading));
    document.add(new Paragraph("Lugar: " + report.place() + " · Tema: " + report.theme(), body));
    document.add(new Paragraph("Periodo: del " + LONG_DATE.format(report.from()) + " al "
        + LONG_DATE.format(report.to()) + " (periodo anterior: del " + LONG_DATE.format(report.previousFrom())
        + " al " + LONG_DATE.format(report.previousTo()) + ")", body));
    document.add(new Paragraph("Generado el " + LONG_DATE.format(generatedOn) + ". Una brecha es una canalización "
        + "rechazada o no atendida a tiempo; «abiertas» y «cerradas» se cuentan al final del periodo.", body));

    PdfPTable summary = table(new float[] {3, 1});
    header(summary, bold, "Resumen", "Brechas");
    row(summary, body, "Brechas en el periodo", report.total());
    row(summary, body, "Abiertas al final del periodo", report.open());
    row(summary, body, "Cerradas (atendidas después)", report.closed());
    row(summary, body, "En el periodo anterior", report.previousTotal());
    cell(summary, "Cambio frente al periodo anterior", body, Element.ALIGN_LEFT, null);
    cell(summary, (report.change() > 0 ? "+" : "") + report.change(), body, Element.ALIGN_RIGHT, null);
    section(document, heading, "Resumen", summary);

    section(document, heading, "Por tema", breakdown(report.byTheme(), "Tema", body, bold, true));
    section(document, heading, "Por institución", breakdown(report.byInstitution(), "Institución", body, bold, true));
    section(document, heading, "Por motivo", breakdown(report.byReason(), "Motivo", body, bold, true));
    section(document, heading, "Por mes", breakdown(report.byMonth(), "Mes", body, bold, false));
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable breakdown(List<GapFigure> figures, String what, Font body, Font bold, boolean previous) {
    PdfPTable table = previous ? table(new float[] {4, 1, 1, 1, 1.4f}) : table(new float[] {4, 1, 1, 1});
    if (previous) {
      header(table, bold, what, "Total", "Abiertas", "Cerradas", "Periodo anterior");
    } else {
      header(table, bold, what, "Total", "Abiertas", "Cerradas");
    }
    if (figures.isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("Sin brechas en el periodo.", body));
      none.setColspan(previous ? 5 : 4);
      table.addCell(none);
    }
    for (GapFigure figure : figures) {
      cell(table, figure.label(), body, Element.ALIGN_LEFT, null);
      cell(table, Integer.toString(figure.total()), body, Element.ALIGN_RIGHT, null);
      cell(table, Integer.toString(figure.open()), body, Element.ALIGN_RIGHT, null);
      cell(table, Integer.toString(figure.closed()), body, Element.ALIGN_RIGHT, null);
      if (previous) {
        cell(table, figure.previous() == null ? "" : Integer.toString(figure.previous()), body, Element.ALIGN_RIGHT,
            null);
      }
    }
    return table;
  }

  private static void section(Document document, Font heading, String name, PdfPTable table) {
    Paragraph title = new Paragraph(name, heading);
    title.setSpacingBefore(12);
    title.setSpacingAfter(4);
    document.add(title);
    document.add(table);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    return table;
  }

  private static void header(PdfPTable table, Font bold, String... names) {
    for (int i = 0; i < names.length; i++) {
      cell(table, names[i], bold, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, SHADE);
    }
  }

  private static void row(PdfPTable table, Font body, String label, int value) {
    cell(table, label, body, Element.ALIGN_LEFT, null);
    cell(table, Integer.toString(value), body, Element.ALIGN_RIGHT, null);
  }

  private static void cell(PdfPTable table, String text, Font font, int alignment, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(4);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    table.addCell(cell);
  }

  private static Font font(String name, float size) {
    try {
      return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
