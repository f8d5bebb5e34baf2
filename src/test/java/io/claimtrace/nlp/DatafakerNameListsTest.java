package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The first-name and surname gazetteers {@code ner-train/datafaker-first-names.txt} and
 * {@code datafaker-surnames.txt} are derived from the locale files of net.datafaker:datafaker 2.7.0
 * (Apache-2.0, test scope in the POM): every {@code name.first_name}, {@code male_first_name},
 * {@code female_first_name} and {@code last_name} value of every locale file (and of {@code en/name.yml}) that is one word in Latin
 * letters (apostrophes and hyphens allowed), at least three letters long, sorted. This test derives
 * them again and fails when the committed files differ; run it with {@code -Dner.regenerate=true}
 * to rewrite them (e.g. after a datafaker upgrade).
 */
class DatafakerNameListsTest {
  static final String VERSION = "2.7.0";
  private static final Pattern ONE_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'\u2019-]*\\p{IsLatin}");

  @Test
  void committedListsAreTheDerivation() throws Exception {
    TreeSet<String> first = new TreeSet<>();
    TreeSet<String> last = new TreeSet<>();
    int locales = 0;
    try (JarFile jar = new JarFile(datafakerJar().toFile())) {
      List<String> names = new ArrayList<>();
      jar.stream().map(e -> e.getName())
          .filter(n -> (n.endsWith(".yml") && !n.contains("/") && !n.startsWith("_")) || n.matches("[a-z-]+/name\\.yml"))
          .forEach(names::add);
      for (String n : names) {
        try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
          Object root = new Yaml().load(in);
          Map<?, ?> name = path(root, "faker", "name");
          if (name == null) {
            continue;
          }
          locales++;
          for (String key : List.of("first_name", "male_first_name", "female_first_name")) {
            collect(name.get(key), first);
          }
          collect(name.get("last_name"), last);
        }
      }
    }
    assertTrue(locales >= 40, "datafaker locales with names: " + locales);
    check("datafaker-first-names.txt", "first names", first);
    check("datafaker-surnames.txt", "surnames", last);
  }

  private static void check(String file, String what, TreeSet<String> derived) throws IOException {
    String text = "# " + what + " derived from net.datafaker:datafaker:" + VERSION + " (Apache-2.0) locale files by"
        + " DatafakerNameListsTest: one Latin-script word, 3+ letters, all locales, sorted. Do not edit by hand.\n"
        + String.join("\n", derived) + "\n";
    Path committed = Paths.get("src/main/resources/io/claimtrace/nlp/ner-train", file);
    if (Boolean.getBoolean("ner.regenerate")) {
      Files.writeString(committed, text, StandardCharsets.UTF_8);
    }
    assertTrue(derived.size() > 1000, what + ": " + derived.size());
    assertEquals(text, Files.readString(committed, StandardCharsets.UTF_8),
        file + " is not the derivation from datafaker " + VERSION + "; rerun with -Dner.regenerate=true");
  }

  private static void collect(Object values, TreeSet<String> out) {
    if (values instanceof List<?> l) {
      for (Object o : l) {
        String v = String.valueOf(o).strip();
        if (!v.contains("#{") && ONE_WORD.matcher(v).matches() && v.length() >= 3 && Character.isUpperCase(v.charAt(0))) {
          out.add(v);
        }
      }
    }
  }

  private static Map<?, ?> path(Object root, String... keys) {
    if (!(root instanceof Map<?, ?> m) || m.size() != 1) {
      return null;
    }
    Object cur = m.values().iterator().next();
    for (String k : keys) {
      if (!(cur instanceof Map<?, ?> cm)) {
        return null;
      }
      cur = cm.get(k);
    }
    return cur instanceof Map<?, ?> r ? r : null;
  }

  private static Path datafakerJar() throws URISyntaxException {
    var src = net.datafaker.Faker.class.getProtectionDomain().getCodeSource();
    assertNotNull(src, "datafaker jar location");
    return Paths.get(src.getLocation().toURI());
  }
}
