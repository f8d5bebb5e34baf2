package io.claimtrace.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Helpers for the reader tests. */
final class ReaderFixtures {
  private ReaderFixtures() {}

  static List<ReadItem> readAll(InputSplit split) {
    List<ReadItem> items = new ArrayList<>();
    Iterator<ReadItem> it = InputReaders.read(split, InputOpener.local(), IngestConfig.defaults());
    it.forEachRemaining(items::add);
    return items;
  }

  static List<RawDocument> docs(List<ReadItem> items) {
    return items.stream().filter(i -> i.document() != null).map(ReadItem::document).toList();
  }

  static List<String> rejectCodes(List<ReadItem> items) {
    return items.stream().filter(i -> i.reject() != null).map(i -> i.reject().reasonCode()).toList();
  }
}
