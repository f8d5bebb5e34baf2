package io.claimtrace.ingest;

import java.util.Locale;

/** The input formats ingest understands, decided from the file name. */
public enum InputFormat {
  HTML,
  WARC,
  JSONL,
  FEED,
  UNSUPPORTED;

  /** Decides the format of a file from its name ({@code .html}, {@code .warc.gz}, {@code .jsonl.gz}, {@code .xml}, ...). */
  public static InputFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz")) {
      return JSONL;
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml.gz")) {
      return FEED;
    }
    return UNSUPPORTED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
