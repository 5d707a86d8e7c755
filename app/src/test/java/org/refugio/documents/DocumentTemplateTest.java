package org.refugio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugio.documents.DocumentTemplate.Kind;
import org.refugio.documents.DocumentTemplate.Section;

class DocumentTemplateTest {

  private static final String TEMPLATE = """
      # a comment
      [title]
      CONSTANCIA

      [paragraph]
      Primera línea
      del mismo párrafo.

      Segundo párrafo de ${name}.

      [paragraph when dependants]
      Con familia.

      [paragraph unless dependants]
      Sin familia.

      [footer]
      Página ${page}
      """;

  @Test
  void shouldJoinLinesIntoParagraphsAndKeepSectionsInOrder() {
    // When
    DocumentTemplate template = DocumentTemplate.parse("test", TEMPLATE);

    // Then
    List<Section> sections = template.sections(Set.of());
    assertThat(sections).extracting(Section::kind).containsExactly(Kind.TITLE, Kind.PARAGRAPH, Kind.PARAGRAPH,
        Kind.FOOTER);
    assertThat(sections.get(1).blocks()).containsExactly("Primera línea del mismo párrafo.",
        "Segundo párrafo de ${name}.");
  }

  @Test
  void shouldPrintAConditionalSectionOnlyWhenItsFlagApplies() {
    // Given
    DocumentTemplate template = DocumentTemplate.parse("test", TEMPLATE);

    // When / Then
    assertThat(template.lines(Kind.PARAGRAPH, Set.of(DocumentTemplate.FLAG_DEPENDANTS)))
        .contains("Con familia.").doesNotContain("Sin familia.");
    assertThat(template.lines(Kind.PARAGRAPH, Set.of()))
        .contains("Sin familia.").doesNotContain("Con familia.");
  }

  @Test
  void shouldFillPlaceholdersWithoutExpandingPlaceholdersInsideValues() {
    // Given a value that looks like a placeholder
    DocumentTemplate template = DocumentTemplate.parse("test", TEMPLATE);

    // When
    String filled = template.fill("Segundo párrafo de ${name}.", Map.of("name", "${page} $1 \\"));

    // Then
    assertThat(filled).isEqualTo("Segundo párrafo de ${page} $1 \\.");
  }

  @Test
  void shouldFailNamingThePlaceholderWhenAValueIsMissing() {
    DocumentTemplate template = DocumentTemplate.parse("constancia.txt", TEMPLATE);

    assertThatThrownBy(() -> template.fill("de ${nmae}", Map.of("name", "José")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("constancia.txt uses ${nmae}");
  }

  @Test
  void shouldSplitFilledTextIntoParagraphsWhereAValueHasBlankLines() {
    assertThat(DocumentTemplate.paragraphs("Uno.\n\n  \nDos,\ncon salto.\n"))
        .containsExactly("Uno.", "Dos,\ncon salto.");
  }

  @Test
  void shouldRejectATemplateWithAnUnknownSectionOrFlag() {
    assertThatThrownBy(() -> DocumentTemplate.parse("t", "[parrafo]\nTexto"))
        .hasMessageContaining("t line 1: unknown section kind 'parrafo'");
    assertThatThrownBy(() -> DocumentTemplate.parse("t", "[paragraph]\nTexto\n[paragraph when protecton]\nTexto"))
        .hasMessageContaining("t line 3: unknown flag 'protecton'");
  }

  @Test
  void shouldRejectADependantsTableWhoseCellsDoNotMatchItsHeadings() {
    assertThatThrownBy(() -> DocumentTemplate.parse("t", "[dependants]\nNombre | Parentesco\n${name}"))
        .hasMessageContaining("as many columns");
  }

  @Test
  void shouldRejectTemplateTextTheFontCannotPrint() {
    assertThatThrownBy(() -> DocumentTemplate.parse("t", "[paragraph]\nFlecha →"))
        .hasMessageContaining("t line 2 contains U+2192");
  }

  @Test
  void shouldLoadEveryDocumentTypesTemplate() {
    for (DocumentType type : DocumentType.values()) {
      DocumentTemplate template = DocumentTemplate.load(type.template());
      assertThat(template.lines(Kind.TITLE, Set.of())).as(type.name()).isNotEmpty();
      assertThat(template.lines(Kind.VERIFICATION, Set.of())).as(type.name())
          .anyMatch(line -> line.contains("${verificationUrl}"));
    }
  }
}
