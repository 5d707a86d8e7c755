package org.refugio.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's wording, read from a UTF-8 class-path resource so that it changes without touching Java.
 *
 * <p>The format: a line {@code [kind]} starts a section, optionally {@code [kind when flag]} or
 * {@code [kind unless flag]}; lines starting with {@code #} are comments; {@code ${name}} is replaced by a value.
 * Kinds, in the order the template lists them:
 * <ul>
 *   <li>{@code header}, {@code reference}, {@code title}, {@code heading}, {@code signature}: one printed line per
 *       line (centred, right-aligned, centred, left, centred);</li>
 *   <li>{@code paragraph}: justified text; lines are joined, a blank line starts a new paragraph, and so does a
 *       blank line inside a value (the grounds of a resolution);</li>
 *   <li>{@code dependants}: a table with a row per dependant, omitted when there is none; first line the column
 *       headings, second line the cells, both separated by {@code |};</li>
 *   <li>{@code verification}: the lines printed beside the QR code, at the end;</li>
 *   <li>{@code footer}: small lines at the bottom of every page; {@code ${page}} is the page number.</li>
 * </ul>
 * Flags: {@code dependants} (the claim covers family members), {@code protection} (the outcome grants protection), and
 * for an appeal resolution its result: {@code confirmed}, {@code revoked}, {@code remanded}.
 */
final class DocumentTemplate {

  /** What a section is and how it is laid out. */
  enum Kind { HEADER, REFERENCE, TITLE, HEADING, PARAGRAPH, DEPENDANTS, SIGNATURE, VERIFICATION, FOOTER }

  static final String FLAG_DEPENDANTS = "dependants";
  static final String FLAG_PROTECTION = "protection";
  static final String FLAG_CONFIRMED = "confirmed";
  static final String FLAG_REVOKED = "revoked";
  static final String FLAG_REMANDED = "remanded";
  /** The constancia carries the applicant's PIN for the public status page. */
  static final String FLAG_STATUS_PIN = "statusPin";
  private static final Set<String> FLAGS = Set.of(FLAG_DEPENDANTS, FLAG_PROTECTION, FLAG_CONFIRMED, FLAG_REVOKED,
      FLAG_REMANDED, FLAG_STATUS_PIN);

  private static final Pattern SECTION = Pattern.compile("\\[\\s*([a-z]+)(?:\\s+(when|unless)\\s+([a-zA-Z]+))?\\s*]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  /**
   * One section of the template.
   *
   * @param blocks the printed lines, or for a paragraph section its paragraphs
   */
  record Section(Kind kind, String flag, boolean negated, List<String> blocks) {

    boolean appliesTo(Set<String> flags) {
      return flag == null || flags.contains(flag) != negated;
    }
  }

  private final String name;
  private final List<Section> sections;

  private DocumentTemplate(String name, List<Section> sections) {
    this.name = name;
    this.sections = List.copyOf(sections);
  }

  static DocumentTemplate load(String resource) {
    try (InputStream in = DocumentTemplate.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Document template " + resource + " is not on the class path");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read document template " + resource, e);
    }
  }

  static DocumentTemplate parse(String name, String text) {
    List<Section> sections = new ArrayList<>();
    Kind kind = null;
    String flag = null;
    boolean negated = false;
    List<String> lines = new ArrayList<>();
    int number = 0;
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      number++;
      if (line.startsWith("#")) {
        continue;
      }
      Matcher header = SECTION.matcher(line.strip());
      if (header.matches()) {
        if (kind != null) {
          sections.add(section(name, kind, flag, negated, lines));
        }
        kind = kind(name, number, header.group(1));
        flag = header.group(3);
        negated = "unless".equals(header.group(2));
        if (flag != null && !FLAGS.contains(flag)) {
          throw new IllegalArgumentException(
              name + " line " + number + ": unknown flag '" + flag + "', known: " + FLAGS);
        }
        lines = new ArrayList<>();
      } else if (kind == null) {
        if (!line.isBlank()) {
          throw new IllegalArgumentException(name + " line " + number + ": text before the first [section]");
        }
      } else {
        WinAnsiText.fit(name + " line " + number, line);
        lines.add(line.strip());
      }
    }
    if (kind != null) {
      sections.add(section(name, kind, flag, negated, lines));
    }
    return new DocumentTemplate(name, sections);
  }

  private static Kind kind(String name, int number, String word) {
    try {
      return Kind.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " line " + number + ": unknown section kind '" + word + "'", e);
    }
  }

  private static Section section(String name, Kind kind, String flag, boolean negated, List<String> lines) {
    List<String> blocks = new ArrayList<>();
    if (kind == Kind.PARAGRAPH) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : lines) {
        if (line.isEmpty()) {
          addIfNotEmpty(blocks, paragraph);
          paragraph.setLength(0);
        } else {
          paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
        }
      }
      addIfNotEmpty(blocks, paragraph);
    } else {
      lines.stream().filter(line -> !line.isEmpty()).forEach(blocks::add);
    }
    if (kind == Kind.DEPENDANTS
        && (blocks.size() != 2 || columns(blocks.get(0)).size() != columns(blocks.get(1)).size())) {
      throw new IllegalArgumentException(name + ": a [dependants] section needs a line of headings and a line of "
          + "cells with as many columns");
    }
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException(name + ": empty [" + kind.name().toLowerCase(Locale.ROOT) + "] section");
    }
    return new Section(kind, flag, negated, blocks);
  }

  private static void addIfNotEmpty(List<String> blocks, StringBuilder paragraph) {
    if (!paragraph.isEmpty()) {
      blocks.add(paragraph.toString());
    }
  }

  /** The sections that apply, in order. */
  List<Section> sections(Set<String> flags) {
    return sections.stream().filter(section -> section.appliesTo(flags)).toList();
  }

  /** The lines of every applicable section of a kind, in order. */
  List<String> lines(Kind kind, Set<String> flags) {
    return sections(flags).stream().filter(section -> section.kind() == kind)
        .flatMap(section -> section.blocks().stream()).toList();
  }

  /**
   * Replaces every placeholder by its value, in one pass: a value that looks like a placeholder stays as it is.
   *
   * @throws IllegalArgumentException for a placeholder that has no value
   */
  String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(name + " uses ${" + matcher.group(1) + "}, which this document has no "
            + "value for; known: " + values.keySet().stream().sorted().toList());
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** Splits filled paragraph text where a value brought in blank lines. */
  static List<String> paragraphs(String filled) {
    return BLANK_LINES.splitAsStream(filled).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** The cells of a {@code dependants} line. */
  static List<String> columns(String line) {
    return List.of(line.split("\\s*\\|\\s*", -1));
  }

  String name() {
    return name;
  }
}
