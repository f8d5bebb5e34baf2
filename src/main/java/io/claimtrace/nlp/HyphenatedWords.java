package io.claimtrace.nlp;

/**
 * Joins the pieces of a hyphenated name back into one word before entity recognition.
 *
 * <p>Why: the UD tokenizer splits hyphens unevenly ("Kessler" "-" "Dorn", "Jean" "-Luc",
 * "Coca" "-Cola's"), and UD treebanks do the same, so a recognizer working on those pieces sees
 * two names and a dash, and can only ever get the span right by accident. Tokens are joined when
 * they touch in the text (no character between them), the joined word is letters with single
 * inner hyphens or apostrophes (a possessive "'s" at the end is allowed), and its first and last
 * parts open with a capital. A lower-case prefix stays apart ("pro-" "Moscow", "anti-" "EU"; "al" "-" "Velbori" is
 * joined to its name by the recognizer's particle rule), and so does a word whose parts the caller
 * knows as names of their own ("US-China talks": two places, not one). Pieces with digits are left alone: versioned model names
 * ("GPT-4.5"), dates and scores have their own rules on separate tokens. Without offsets (CoNLL
 * data, which keeps hyphenated words as one token already) nothing is joined.
 *
 * <p>Stateless; thread-safe.
 */
public final class HyphenatedWords {

  /**
   * Tokens after joining, with their offsets and the index range of the original tokens each one
   * covers ({@code [first[i], end[i])}).
   */
  public record Joined(String[] texts, int[] starts, int[] ends, int[] first, int[] end) {
    /** A span over joined tokens as a span over the original tokens. */
    public TypedSpan toOriginal(TypedSpan s) {
      return new TypedSpan(first[s.start()], end[s.end() - 1], s.type(), s.kbId(), s.method());
    }
  }

  private HyphenatedWords() {}

  /** Tokens without offsets, as they are: nothing is joined. */
  public static Joined none(String[] texts) {
    int n = texts.length;
    return new Joined(texts, identity(n), identity1(n), identity(n), identity1(n));
  }

  /** {@link #join(String[], int[], int[], java.util.function.Predicate)} keeping nothing apart. */
  public static Joined join(String[] texts, int[] starts, int[] ends) {
    return join(texts, starts, ends, w -> false);
  }

  /**
   * Joins touching pieces of hyphenated names; returns the input unchanged (as a Joined) when there
   * are none.
   *
   * @param keepApart called with a joinable word ("US-China"); true keeps its pieces apart
   */
  public static Joined join(String[] texts, int[] starts, int[] ends, java.util.function.Predicate<String> keepApart) {
    int n = texts.length;
    String[] ot = new String[n];
    int[] os = new int[n];
    int[] oe = new int[n];
    int[] of = new int[n];
    int[] oend = new int[n];
    int m = 0;
    int i = 0;
    while (i < n) {
      int best = i + 1;
      if (i + 1 < n && ends[i] == starts[i + 1]) { // most tokens touch no next one: no buffer for them
        StringBuilder b = new StringBuilder(texts[i]);
        // Extend over touching tokens while the result can still become a hyphenated word.
        for (int j = i + 1; j < n && ends[j - 1] == starts[j] && b.length() < 64; j++) {
          b.append(texts[j]);
          if (hyphenatedName(b)) {
            best = j + 1;
          }
        }
      }
      String word = best == i + 1 ? texts[i] : concat(texts, i, best);
      if (best > i + 1 && keepApart.test(word)) {
        best = i + 1;
        word = texts[i];
      }
      ot[m] = word;
      os[m] = starts[i];
      oe[m] = ends[best - 1];
      of[m] = i;
      oend[m] = best;
      m++;
      i = best;
    }
    if (m == n) {
      return new Joined(texts, starts, ends, identity(n), identity1(n));
    }
    return new Joined(java.util.Arrays.copyOf(ot, m), java.util.Arrays.copyOf(os, m), java.util.Arrays.copyOf(oe, m),
        java.util.Arrays.copyOf(of, m), java.util.Arrays.copyOf(oend, m));
  }

  private static String concat(String[] t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(t[k]);
    }
    return b.toString();
  }

  /**
   * Letter parts separated by single hyphens (at least one hyphen), apostrophes allowed inside a
   * part, an optional possessive at the end, and capitals opening the first and the last part
   * ("Saint-Jean-de-Luz"; not "Nobel-winning", a compound adjective).
   */
  static boolean hyphenatedName(CharSequence w) {
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == 's' && isApostrophe(w.charAt(n - 2))) {
      n -= 2;
    }
    if (n < 3) {
      return false;
    }
    boolean hyphen = false;
    boolean capital = Character.isUpperCase(w.charAt(0));
    boolean lastCapital = false;
    boolean partStart = true;
    for (int k = 0; k < n; k++) {
      char c = w.charAt(k);
      if (c == '-') {
        if (partStart) {
          return false; // leading or doubled hyphen: a dash, not a word
        }
        hyphen = true;
        partStart = true;
      } else if (Character.isLetter(c)) {
        if (partStart) {
          lastCapital = Character.isUpperCase(c);
        }
        partStart = false;
      } else if (!(isApostrophe(c) && !partStart && k + 1 < n && Character.isLetter(w.charAt(k + 1)))) {
        return false; // an apostrophe belongs to a name only between letters ("O'Neil"): not a closing quote
      }
    }
    return hyphen && !partStart && capital && lastCapital;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int k = 0; k < n; k++) {
      a[k] = k;
    }
    return a;
  }

  private static int[] identity1(int n) {
    int[] a = new int[n];
    for (int k = 0; k < n; k++) {
      a[k] = k + 1;
    }
    return a;
  }
}
