package io.claimtrace.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated, versioned reference knowledge base: AI labs and companies, AI models and products
 * with release dates, agencies and institutions, people with roles, and places.
 *
 * <p>Why a hand-made list: entity mentions that match it are "known"; an organisation or model that
 * is not in it is a fabrication signal for later stages, and the {@code since} dates (founded,
 * released) let them spot temporal inconsistencies such as "the 2023 ban on GPT-4.5".
 *
 * <p>File format (UTF-8, TAB-separated, one entry a line): comment lines start with {@code #}, a
 * {@code # version: X} comment names the file version, the first other line is the header
 * {@code id type name aliases since precision description}; aliases are {@code |}-separated;
 * {@code since} is {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; {@code precision} is
 * {@code day}, {@code month} or {@code year} (inferred from the form of {@code since} when empty).
 * Trailing empty columns may be left out. User files given with {@code --kb} use the same format
 * and are added to the bundled ones; an id may not be defined twice.
 *
 * <p>Lookups use a normalized alias key: whitespace removed and typographic apostrophes folded, so
 * that a multi-token alias matches whatever way a tokenizer split it ("GPT-4.5" as one or three
 * tokens). Matching is case-sensitive (so "Apple" the company is not "apple" the fruit) except
 * for all-capitals text such as headlines, which is matched case-insensitively.
 *
 * <p>Immutable and thread-safe after construction; Serializable so Spark can ship it to
 * executors (or executors can call {@link #bundled()}, which is loaded once per JVM).
 */
public final class KnowledgeBase implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Bundled files, in load order, under {@code /io/claimtrace/kb/}. */
  public static final List<String> BUNDLED_FILES = List.of("ai.tsv", "places.tsv", "orgs.tsv", "people.tsv");
  public static final Set<String> TYPES = Set.of(Entity.PERSON, Entity.ORG, Entity.LOC, Entity.PRODUCT);
  private static final String HEADER = "id\ttype\tname\taliases\tsince\tprecision\tdescription";

  private static volatile KnowledgeBase bundled;

  private final Map<String, KbEntry> byId;
  private final Map<String, List<KbEntry>> exact;
  private final Map<String, List<KbEntry>> upper;
  private final Set<String> exactPrefixes;
  private final Set<String> upperPrefixes;
  private final Map<String, String> versions;

  private KnowledgeBase(List<KbEntry> entries, Map<String, String> versions) {
    Map<String, KbEntry> ids = new LinkedHashMap<>();
    Map<String, List<KbEntry>> ex = new HashMap<>();
    Map<String, List<KbEntry>> up = new HashMap<>();
    Set<String> exP = new HashSet<>();
    Set<String> upP = new HashSet<>();
    for (KbEntry e : entries) {
      ids.put(e.id(), e);
      for (String n : e.names()) {
        String k = key(n);
        if (k.isEmpty()) {
          continue;
        }
        addTo(ex, k, e);
        String u = k.toUpperCase(Locale.ROOT);
        addTo(up, u, e);
        for (int i = 1; i <= k.length(); i++) {
          exP.add(k.substring(0, i));
          upP.add(u.substring(0, i));
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.exact = freeze(ex);
    this.upper = freeze(up);
    this.exactPrefixes = Collections.unmodifiableSet(exP);
    this.upperPrefixes = Collections.unmodifiableSet(upP);
    this.versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  private static void addTo(Map<String, List<KbEntry>> m, String k, KbEntry e) {
    List<KbEntry> l = m.computeIfAbsent(k, x -> new ArrayList<>(1));
    if (!l.contains(e)) {
      l.add(e);
    }
  }

  private static Map<String, List<KbEntry>> freeze(Map<String, List<KbEntry>> m) {
    Map<String, List<KbEntry>> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** The bundled knowledge base, loaded once per JVM. */
  public static KnowledgeBase bundled() {
    KnowledgeBase kb = bundled;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = bundled;
        if (kb == null) {
          kb = load(List.of());
          bundled = kb;
        }
      }
    }
    return kb;
  }

  /**
   * The bundled files plus user files in the same format (the {@code --kb FILE} option).
   *
   * @throws IllegalArgumentException naming the file and line of the first bad line
   * @throws UncheckedIOException when a file cannot be read
   */
  public static KnowledgeBase load(List<Path> extraFiles) {
    List<KbEntry> entries = new ArrayList<>();
    Map<String, String> versions = new LinkedHashMap<>();
    Map<String, KbEntry> seen = new HashMap<>();
    for (String f : BUNDLED_FILES) {
      String res = "/io/claimtrace/kb/" + f;
      try (InputStream in = KnowledgeBase.class.getResourceAsStream(res)) {
        if (in == null) {
          throw new IllegalStateException("Bundled knowledge base file missing from the classpath: " + res);
        }
        parse(new InputStreamReader(in, StandardCharsets.UTF_8), res, entries, versions, seen);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read bundled knowledge base " + res, e);
      }
    }
    for (Path p : extraFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        parse(r, p.toString(), entries, versions, seen);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read knowledge base file " + p + ": " + e.getMessage(), e);
      }
    }
    return new KnowledgeBase(entries, versions);
  }

  private static void parse(Reader reader, String source, List<KbEntry> out, Map<String, String> versions,
      Map<String, KbEntry> seen) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int no = 0;
    boolean header = false;
    while ((line = r.readLine()) != null) {
      no++;
      if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).trim();
        if (c.toLowerCase(Locale.ROOT).startsWith("version:")) {
          versions.put(source, c.substring("version:".length()).trim());
        }
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw bad(source, no, "expected the header line '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        header = true;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 3 || c.length > 7) {
        throw bad(source, no, "expected 3 to 7 TAB-separated columns (id, type, name, aliases, since, "
            + "precision, description), found " + c.length);
      }
      String id = c[0].strip();
      String type = c[1].strip().toUpperCase(Locale.ROOT);
      String name = c[2].strip();
      if (id.isEmpty() || id.contains(" ")) {
        throw bad(source, no, "empty id or id with spaces: '" + id + "'");
      }
      if (!TYPES.contains(type)) {
        throw bad(source, no, "unknown type '" + c[1] + "' (allowed: PERSON, ORG, LOC, PRODUCT)");
      }
      if (name.isEmpty()) {
        throw bad(source, no, "empty name");
      }
      List<String> aliases = new ArrayList<>();
      if (c.length > 3 && !c[3].isBlank()) {
        for (String a : c[3].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
      }
      String sinceText = c.length > 4 ? c[4].strip() : "";
      String precision = c.length > 5 ? c[5].strip().toLowerCase(Locale.ROOT) : "";
      LocalDate since = null;
      if (!sinceText.isEmpty()) {
        String form;
        try {
          if (sinceText.matches("\\d{4}")) {
            since = LocalDate.of(Integer.parseInt(sinceText), 1, 1);
            form = "year";
          } else if (sinceText.matches("\\d{4}-\\d{2}")) {
            since = LocalDate.parse(sinceText + "-01");
            form = "month";
          } else if (sinceText.matches("\\d{4}-\\d{2}-\\d{2}")) {
            since = LocalDate.parse(sinceText);
            form = "day";
          } else {
            throw bad(source, no, "bad since '" + sinceText + "' (use yyyy, yyyy-MM or yyyy-MM-dd)");
          }
        } catch (DateTimeParseException e) {
          throw bad(source, no, "bad since '" + sinceText + "': " + e.getMessage());
        }
        if (precision.isEmpty()) {
          precision = form;
        } else if (!precision.equals(form) && !(precision.equals("year") && form.equals("month"))
            && !(precision.equals("month") && form.equals("day")) && !(precision.equals("year") && form.equals("day"))) {
          throw bad(source, no, "precision '" + precision + "' is finer than since '" + sinceText + "'");
        }
      } else if (!precision.isEmpty()) {
        throw bad(source, no, "precision given without since");
      }
      if (!precision.isEmpty() && !Set.of("day", "month", "year").contains(precision)) {
        throw bad(source, no, "unknown precision '" + precision + "' (allowed: day, month, year)");
      }
      String desc = c.length > 6 ? c[6].strip() : "";
      KbEntry prev = seen.get(id);
      if (prev != null) {
        throw bad(source, no, "duplicate id '" + id + "' (first defined in " + prev.source() + ")");
      }
      KbEntry e = new KbEntry(id, name, type, List.copyOf(aliases), since, precision.isEmpty() ? null : precision,
          desc.isEmpty() ? null : desc, source);
      seen.put(id, e);
      out.add(e);
    }
    if (!header) {
      throw bad(source, no, "no header line '" + HEADER.replace("\t", "<TAB>") + "' found");
    }
  }

  private static IllegalArgumentException bad(String source, int line, String why) {
    return new IllegalArgumentException("Knowledge base file " + source + " line " + line + ": " + why);
  }

  /** The normalized lookup key of an alias: whitespace removed, typographic apostrophes folded. */
  public static String key(String alias) {
    StringBuilder b = new StringBuilder(alias.length());
    for (int i = 0; i < alias.length(); i++) {
      char ch = alias.charAt(i);
      if (Character.isWhitespace(ch)) {
        continue;
      }
      b.append(ch == '\u2019' || ch == '\u2018' ? '\'' : ch);
    }
    return b.toString();
  }

  /** Entries whose name or alias equals {@code alias} (case-sensitive, whitespace-insensitive). */
  public List<KbEntry> lookup(String alias) {
    return exact.getOrDefault(key(alias), List.of());
  }

  /** Entries whose name or alias equals {@code alias} ignoring case. */
  public List<KbEntry> lookupIgnoreCase(String alias) {
    return upper.getOrDefault(key(alias).toUpperCase(Locale.ROOT), List.of());
  }

  public Optional<KbEntry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return byId.size();
  }

  public java.util.Collection<KbEntry> entries() {
    return byId.values();
  }

  /** Number of entries per type. */
  public Map<String, Integer> countsByType() {
    Map<String, Integer> m = new java.util.TreeMap<>();
    for (KbEntry e : byId.values()) {
      m.merge(e.type(), 1, Integer::sum);
    }
    return m;
  }

  /** The {@code # version:} of every loaded file, by file. */
  public Map<String, String> versions() {
    return versions;
  }

  /** A knowledge-base match over tokens: {@code [start, end)} and the matching entries. */
  public record Match(int start, int end, List<KbEntry> entries) {}

  /**
   * The longest alias match starting at token {@code from}, at most {@code maxTokens} long, or
   * null. Tokens are concatenated without spaces, which is how keys are normalized.
   */
  public Match longestMatch(String[] tokens, int from, int maxTokens) {
    Match best = longestMatch(tokens, from, maxTokens, false);
    if (best == null && isUpperWord(tokens[from])) {
      best = longestMatch(tokens, from, maxTokens, true);
    }
    return best;
  }

  private Match longestMatch(String[] tokens, int from, int maxTokens, boolean ignoreCase) {
    Set<String> prefixes = ignoreCase ? upperPrefixes : exactPrefixes;
    Map<String, List<KbEntry>> map = ignoreCase ? upper : exact;
    StringBuilder b = new StringBuilder(32);
    Match best = null;
    int limit = Math.min(tokens.length, from + maxTokens);
    for (int j = from; j < limit; j++) {
      String t = tokens[j];
      if (ignoreCase) {
        if (!isUpperWord(t) && !isPunctOrDigits(t)) {
          break;
        }
        t = t.toUpperCase(Locale.ROOT);
      }
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        b.append(ch == '\u2019' || ch == '\u2018' ? '\'' : ch);
      }
      String k = b.toString();
      if (!prefixes.contains(k)) {
        break;
      }
      List<KbEntry> hit = map.get(k);
      if (hit != null) {
        best = new Match(from, j + 1, hit);
      }
    }
    return best;
  }

  static boolean isUpperWord(String t) {
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter && t.length() > 1;
  }

  private static boolean isPunctOrDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "KnowledgeBase" + countsByType() + " " + versions;
  }

  static List<String> splitNameTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.trim().split("\\s+")) {
      if (p.length() > 1 && p.endsWith(",")) {
        out.add(p.substring(0, p.length() - 1));
        out.add(",");
      } else if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

}
