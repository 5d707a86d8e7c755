package org.refugio.coi;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugio.engine.FieldError;

/** What of a COI file is searched, and what SRE is asked. */
class CoiTextTest {

  @Test
  void shouldSearchTheTextOfAPdf() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, pdf);
    document.open();
    document.add(new Paragraph("Extorsion de pandillas en San Pedro Sula"));
    document.close();
    List<FieldError> errors = new ArrayList<>();

    String text = CoiService.extractText("application/pdf", pdf.toByteArray(), errors);

    assertThat(errors).isEmpty();
    assertThat(text).contains("Extorsion de pandillas en San Pedro Sula");
  }

  @Test
  void shouldRefuseAFileThatIsNotAPdf() {
    List<FieldError> errors = new ArrayList<>();
    CoiService.extractText("application/pdf", "<p>hola</p>".getBytes(StandardCharsets.UTF_8), errors);
    assertThat(errors).extracting(FieldError::field).containsExactly("contentBase64");
  }

  @Test
  void shouldSearchAnHtmlPageWithoutItsMarkupAndScripts() {
    String text = CoiService.extractText("text/html", ("<html><head><style>p{}</style><script>var x='oculto';</script>"
        + "</head><body><p>Violencia&nbsp;generalizada</p></body></html>").getBytes(StandardCharsets.UTF_8),
        new ArrayList<>());
    assertThat(text).isEqualTo("Violencia generalizada");
  }

  @Test
  void shouldAskSreAboutTheCountryAndTopicsOnly() {
    assertThat(CoiService.question("ER", List.of()))
        .isEqualTo("Se solicita información actualizada del país ER sobre la situación general de seguridad y de "
            + "derechos humanos.");
    assertThat(CoiService.question("ER", List.of("ninez"))).contains("ninez").doesNotContainPattern("\\d");
  }
}
