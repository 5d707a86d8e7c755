package org.refugio.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small part of FEEL that our forms use in {@code conditional.hide}, evaluated on the server so that a field the
 * form hides is not required there either.
 *
 * <p>Supported: a leading {@code =}; variable names, also dotted ({@code applicant.sex}); literals {@code "text"},
 * numbers, {@code true}, {@code false}, {@code null}; comparisons {@code =} and {@code !=}; {@code and}, {@code or},
 * {@code not(...)} and parentheses. A bare name must hold a boolean. Semantics follow FEEL: a missing variable is
 * {@code null}, {@code x = null} is true only when {@code x} is null, comparing values of different types gives
 * {@code null}, and {@code and}/{@code or} are three-valued. A field is hidden only when the result is {@code true},
 * as in form-js. Anything else (functions, {@code <}, {@code in}, ranges, arithmetic) is refused when the form is
 * loaded, so that a form never declares a condition the server silently misreads.
 */
final class FormCondition {

  private final String source;
  private final Node root;

  private FormCondition(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses a {@code conditional.hide} expression; throws {@link IllegalArgumentException} when unsupported. */
  static FormCondition parse(String expression) {
    String trimmed = expression.strip();
    if (!trimmed.startsWith("=")) {
      throw new IllegalArgumentException("condition must be a FEEL expression starting with '=': " + expression);
    }
    Parser parser = new Parser(tokenize(trimmed.substring(1), expression));
    Node node = parser.expression();
    if (!parser.atEnd()) {
      throw new IllegalArgumentException("unsupported condition (unexpected '" + parser.peek().text + "'): " + expression);
    }
    return new FormCondition(expression, node);
  }

  /** Whether the condition is {@code true} for the values; {@code false} and {@code null} both count as not met. */
  boolean isMet(Map<String, ?> values) {
    return Boolean.TRUE.equals(root.evaluate(values));
  }

  @Override
  public String toString() {
    return source;
  }

  // --- evaluation

  private interface Node {
    /** {@code Boolean} for logical nodes (or {@code null}), any value for operands. */
    Object evaluate(Map<String, ?> values);
  }

  private record Literal(Object value) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      return value;
    }
  }

  private record Variable(List<String> path) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      return FormValues.get(values, path);
    }
  }

  private record Truth(Node operand) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      Object value = operand.evaluate(values);
      return value instanceof Boolean ? value : null;
    }
  }

  private record Equals(Node left, Node right, boolean negated) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      Boolean equal = feelEquals(left.evaluate(values), right.evaluate(values));
      return equal == null ? null : equal != negated;
    }
  }

  private record Not(Node operand) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      Object value = operand.evaluate(values);
      return value instanceof Boolean b ? !b : null;
    }
  }

  private record Junction(List<Node> operands, boolean conjunction) implements Node {
    @Override
    public Object evaluate(Map<String, ?> values) {
      boolean sawNull = false;
      for (Node operand : operands) {
        Object value = operand.evaluate(values);
        if (!(value instanceof Boolean b)) {
          sawNull = true;
        } else if (b != conjunction) {
          return b; // false decides an 'and', true decides an 'or'
        }
      }
      return sawNull ? null : conjunction;
    }
  }

  private static Boolean feelEquals(Object left, Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Number l && right instanceof Number r) {
      return new BigDecimal(l.toString()).compareTo(new BigDecimal(r.toString())) == 0;
    }
    if (left instanceof Boolean || right instanceof Boolean) {
      return left instanceof Boolean && right instanceof Boolean ? left.equals(right) : null;
    }
    if (left instanceof CharSequence || right instanceof CharSequence) {
      return left instanceof CharSequence && right instanceof CharSequence ? left.toString().equals(right.toString())
          : null;
    }
    return null;
  }

  // --- parsing

  private enum Kind { NAME, STRING, NUMBER, EQ, NEQ, OPEN, CLOSE, END }

  private record Token(Kind kind, String text) {
  }

  private static List<Token> tokenize(String text, String expression) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
        i++;
      } else if (c == '=') {
        tokens.add(new Token(Kind.EQ, "="));
        i++;
      } else if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
        tokens.add(new Token(Kind.NEQ, "!="));
        i += 2;
      } else if (c == '"') {
        StringBuilder literal = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          literal.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw new IllegalArgumentException("unterminated string in condition: " + expression);
        }
        i++;
        tokens.add(new Token(Kind.STRING, literal.toString()));
      } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        int start = i++;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(Kind.NAME, text.substring(start, i)));
      } else {
        throw new IllegalArgumentException("unsupported condition (character '" + c + "'): " + expression);
      }
    }
    tokens.add(new Token(Kind.END, ""));
    return tokens;
  }

  private static final class Parser {
    private final List<Token> tokens;
    private int position;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Token peek() {
      return tokens.get(position);
    }

    boolean atEnd() {
      return peek().kind == Kind.END;
    }

    private boolean acceptName(String name) {
      if (peek().kind == Kind.NAME && peek().text.equals(name)) {
        position++;
        return true;
      }
      return false;
    }

    private void expect(Kind kind) {
      if (peek().kind != kind) {
        throw new IllegalArgumentException("unsupported condition near '" + peek().text + "'");
      }
      position++;
    }

    Node expression() {
      List<Node> operands = new ArrayList<>(List.of(conjunction()));
      while (acceptName("or")) {
        operands.add(conjunction());
      }
      return operands.size() == 1 ? operands.get(0) : new Junction(operands, false);
    }

    private Node conjunction() {
      List<Node> operands = new ArrayList<>(List.of(comparison()));
      while (acceptName("and")) {
        operands.add(comparison());
      }
      return operands.size() == 1 ? operands.get(0) : new Junction(operands, true);
    }

    private Node comparison() {
      if (acceptName("not")) {
        expect(Kind.OPEN);
        Node operand = expression();
        expect(Kind.CLOSE);
        return new Not(operand);
      }
      if (peek().kind == Kind.OPEN) {
        position++;
        Node inner = expression();
        expect(Kind.CLOSE);
        return inner;
      }
      Node left = operand();
      if (peek().kind == Kind.EQ || peek().kind == Kind.NEQ) {
        boolean negated = tokens.get(position++).kind == Kind.NEQ;
        return new Equals(left, operand(), negated);
      }
      return new Truth(left);
    }

    private Node operand() {
      Token token = tokens.get(position++);
      switch (token.kind) {
        case STRING:
          return new Literal(token.text);
        case NUMBER:
          return new Literal(new BigDecimal(token.text));
        case NAME:
          switch (token.text) {
            case "true":
              return new Literal(Boolean.TRUE);
            case "false":
              return new Literal(Boolean.FALSE);
            case "null":
              return new Literal(null);
            case "and", "or", "not":
              throw new IllegalArgumentException("unsupported condition near '" + token.text + "'");
            default:
              if (peek().kind == Kind.OPEN) {
                throw new IllegalArgumentException("functions are not supported in conditions: " + token.text);
              }
              return new Variable(List.of(token.text.split("\\.")));
          }
        default:
          throw new IllegalArgumentException("unsupported condition near '" + token.text + "'");
      }
    }
  }
}
