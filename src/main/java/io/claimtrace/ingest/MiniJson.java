package io.claimtrace.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks. It exists so the extractor does not depend on
 * Jackson (which only arrives with Spark) and so that the common JSON-LD defects seen on news
 * sites (raw newlines in strings, trailing commas, HTML comments around the block) do not lose the
 * metadata. Produces {@code Map<String,Object>}, {@code List<Object>}, {@code String},
 * {@code Double}, {@code Boolean} or {@code null}. Runs in linear time with bounded nesting.
 */
final class MiniJson {

  /** Thrown for input that cannot be read even leniently. */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message) {
      super(message, null, false, false);
    }
  }

  private static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) throws JsonException {
    String t = text.strip();
    if (t.startsWith("<!--")) {
      t = t.substring(4);
    }
    if (t.endsWith("-->")) {
      t = t.substring(0, t.length() - 3);
    }
    MiniJson p = new MiniJson(t);
    p.skipWs();
    Object v = p.value(0);
    return v;
  }

  private void skipWs() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF' || c == '\u00A0') {
        pos++;
      } else {
        break;
      }
    }
  }

  private Object value(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw new JsonException("nesting too deep");
    }
    skipWs();
    if (pos >= s.length()) {
      throw new JsonException("unexpected end");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
      case '\'':
        return string();
      default:
        return literal();
    }
  }

  private Map<String, Object> object(int depth) throws JsonException {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipWs();
      if (pos >= s.length()) {
        throw new JsonException("unterminated object");
      }
      char c = s.charAt(pos);
      if (c == '}') {
        pos++;
        return map;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String key;
      if (c == '"' || c == '\'') {
        key = string();
      } else {
        Object lit = literal();
        key = String.valueOf(lit);
      }
      skipWs();
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
      } else {
        throw new JsonException("expected ':' at " + pos);
      }
      map.put(key, value(depth + 1));
    }
  }

  private List<Object> array(int depth) throws JsonException {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipWs();
      if (pos >= s.length()) {
        throw new JsonException("unterminated array");
      }
      char c = s.charAt(pos);
      if (c == ']') {
        pos++;
        return list;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      list.add(value(depth + 1));
    }
  }

  private String string() throws JsonException {
    char quote = s.charAt(pos++);
    StringBuilder sb = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\' && pos < s.length()) {
        char e = s.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 <= s.length()) {
              try {
                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                pos += 4;
              } catch (NumberFormatException ex) {
                sb.append('u');
              }
            } else {
              sb.append('u');
            }
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    throw new JsonException("unterminated string");
  }

  private Object literal() throws JsonException {
    int start = pos;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
        break;
      }
      pos++;
    }
    if (start == pos) {
      throw new JsonException("unexpected character at " + pos);
    }
    String lit = s.substring(start, pos);
    switch (lit) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        try {
          return Double.valueOf(lit);
        } catch (NumberFormatException e) {
          return lit;
        }
    }
  }
}
