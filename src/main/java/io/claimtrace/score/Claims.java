package io.claimtrace.score;

import io.claimtrace.nlp.KbEntry;
import io.claimtrace.nlp.KnowledgeBase;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers the signals share: null-safe access, link hosts, primary sources, copies, wording. */
final class Claims {
  private Claims() {}

  /** Hosts (and everything under them) that are official, filing or paper sources. */
  static final List<String> PRIMARY_SUFFIXES = List.of(
      "gov", "mil", "int", "gov.uk", "gov.au", "gov.in", "gc.ca", "gouv.fr", "bund.de", "admin.ch",
      "europa.eu", "edu", "ac.uk", "sec.gov", "nist.gov", "arxiv.org", "doi.org", "openreview.net",
      "aclanthology.org", "ssrn.com", "biorxiv.org", "medrxiv.org", "proceedings.mlr.press",
      "papers.nips.cc", "neurips.cc");

  /** Wire-service credit lines in an article's text. */
  static final Pattern WIRE_CREDIT = Pattern.compile(
      "(?i)(?:this (?:story|article|report) (?:was|is) (?:originally|first) published (?:by|on|in) [^.\\n]{2,60}"
          + "|originally (?:published|appeared) (?:by|on|in) [^.\\n]{2,60}"
          + "|reporting by [^.\\n]{2,80}"
          + "|republished (?:with permission )?(?:from|by) [^.\\n]{2,60}"
          + "|distributed by [^.\\n]{2,60}"
          + "|\\((?:[A-Z][A-Za-z]*Wire|AP|AFP|Reuters|PA|dpa|ANSA|EFE|Bloomberg)\\))");

  static <T> List<T> nz(List<T> l) {
    return l == null ? List.of() : l;
  }

  static List<MemberClaim> members(ClusterEvidence c) {
    if (c == null || c.members() == null) {
      return List.of();
    }
    List<MemberClaim> out = new ArrayList<>();
    for (MemberClaim m : c.members()) {
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** Distinct outlets, in member order. */
  static Set<String> outlets(Collection<MemberClaim> members) {
    Set<String> out = new LinkedHashSet<>();
    for (MemberClaim m : members) {
      if (m.outlet() != null && !m.outlet().isBlank()) {
        out.add(lower(m.outlet()));
      }
    }
    return out;
  }

  /** The link's host in lower case without a leading {@code www.}, or null. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    if (!u.contains("://")) {
      u = "http://" + u;
    }
    try {
      String h = URI.create(u.replace(" ", "%20")).getHost();
      if (h == null) {
        return null;
      }
      h = lower(h);
      if (h.endsWith(".")) {
        h = h.substring(0, h.length() - 1);
      }
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean under(String host, String domain) {
    return host != null && domain != null && (host.equals(domain) || host.endsWith("." + domain));
  }

  /** All links of a member: sentence links first, then paragraph links, without repeats. */
  static List<String> links(MemberClaim m) {
    Set<String> s = new LinkedHashSet<>(nz(m.links()));
    s.addAll(nz(m.paragraphLinks()));
    s.remove(null);
    return new ArrayList<>(s);
  }

  /** Links that leave the cluster's own outlets (a news outlet linking another repeater is no source). */
  static List<String> externalLinks(MemberClaim m, Set<String> clusterOutlets) {
    List<String> out = new ArrayList<>();
    for (String l : links(m)) {
      String h = host(l);
      if (h == null) {
        continue;
      }
      boolean own = false;
      for (String o : clusterOutlets) {
        own |= under(h, o);
      }
      if (!own) {
        out.add(l);
      }
    }
    return out;
  }

  /** True when the host is an official, filing or paper domain. */
  static boolean officialHost(String host) {
    if (host == null) {
      return false;
    }
    for (String s : PRIMARY_SUFFIXES) {
      if (under(host, s)) {
        return true;
      }
    }
    return false;
  }

  static String alnum(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : lower(s).toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * Names the claim itself points at: its ORG/PRODUCT entities, their knowledge-base names and the
   * attribution phrase's capitalised words. Used to recognise an organisation's own site.
   */
  static Set<String> ownNames(MemberClaim m, KnowledgeBase kb) {
    Set<String> names = new LinkedHashSet<>();
    for (MemberClaim.EntityRef e : nz(m.entities())) {
      if (e == null || e.text() == null || !("ORG".equals(e.type()) || "PRODUCT".equals(e.type()))) {
        continue;
      }
      names.add(e.text());
      if (kb != null && e.kbId() != null) {
        kb.entry(e.kbId()).ifPresent(k -> names.addAll(k.names()));
      }
    }
    if (m.attributionSource() != null) {
      for (String w : m.attributionSource().split("[^\\p{L}\\p{N}'-]+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          names.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
      }
    }
    return names;
  }

  /** True when a label of the host (not the public suffix) matches one of the names. */
  static boolean ownSite(String host, Set<String> names) {
    if (host == null) {
      return false;
    }
    String[] labels = host.split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      String label = alnum(labels[i]);
      if (label.length() < 3 || Set.of("www", "news", "com", "co", "org", "net", "blog", "press").contains(label)) {
        continue;
      }
      for (String n : names) {
        String k = alnum(n);
        if (k.length() < 3) {
          continue;
        }
        if (k.equals(label) || label.length() >= 4 && k.startsWith(label) || k.length() >= 4 && label.startsWith(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The member's external links that are primary sources: official domains, papers, or the named party's own site. */
  static List<String> primaryLinks(MemberClaim m, Set<String> clusterOutlets, KnowledgeBase kb) {
    List<String> out = new ArrayList<>();
    Set<String> names = ownNames(m, kb);
    for (String l : externalLinks(m, clusterOutlets)) {
      String h = host(l);
      if (officialHost(h) || ownSite(h, names)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Text folded for verbatim comparison: lower case, letters and digits separated by single spaces. */
  static String fold(String s) {
    return lower(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static Set<String> tokens(String s) {
    Set<String> t = new HashSet<>(Arrays.asList(fold(s).split(" ")));
    t.remove("");
    return t;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> i = new HashSet<>(a);
    i.retainAll(b);
    return (double) i.size() / (a.size() + b.size() - i.size());
  }

  /**
   * Groups of members that are copies of one another: same near-duplicate group, or the same
   * sentence word for word. Each group is one "voice". Groups keep member order.
   */
  static List<List<MemberClaim>> voices(List<MemberClaim> members) {
    int n = members.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      MemberClaim m = members.get(i);
      List<String> keys = new ArrayList<>();
      if (m.nearDuplicateGroup() != null && !m.nearDuplicateGroup().isBlank()) {
        keys.add("g:" + m.nearDuplicateGroup());
      }
      String f = fold(m.text());
      if (!f.isEmpty()) {
        keys.add("t:" + f);
      }
      for (String k : keys) {
        Integer j = firstByKey.putIfAbsent(k, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<MemberClaim>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(members.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The wire credit line in the article text, or null. */
  static String wireCredit(MemberClaim m) {
    if (m.articleText() == null) {
      return null;
    }
    Matcher x = WIRE_CREDIT.matcher(m.articleText());
    return x.find() ? x.group().strip() : null;
  }

  /** The knowledge-base entry of an entity: by id, else by exact name when unambiguous. */
  static KbEntry kbEntry(MemberClaim.EntityRef e, KnowledgeBase kb) {
    if (kb == null || e == null) {
      return null;
    }
    if (e.kbId() != null) {
      KbEntry k = kb.entry(e.kbId()).orElse(null);
      if (k != null) {
        return k;
      }
    }
    if (e.text() == null) {
      return null;
    }
    List<KbEntry> l = kb.lookup(e.text());
    return l.size() == 1 ? l.get(0) : null;
  }

  /** "a" or "an" phrase quoted for a sentence. */
  static String quote(String s) {
    return "\u201c" + s.strip() + "\u201d";
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** At most {@code max} items joined with commas, "and N more" after. */
  static String list(Collection<String> items, int max) {
    List<String> l = new ArrayList<>(items);
    if (l.size() <= max) {
      return String.join(", ", l);
    }
    return String.join(", ", l.subList(0, max)) + " and " + (l.size() - max) + " more";
  }

  static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }
}
