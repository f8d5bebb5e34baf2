package io.claimtrace.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Base of the readers that stream a file record by record: subclasses implement
 * {@link #advance()}, returning the next item, or null to keep looking (a skipped record), and
 * setting {@link #done} at the end of the input.
 */
abstract class StreamingReader implements Iterator<ReadItem>, AutoCloseable {
  protected boolean done;
  private ReadItem next;

  protected abstract ReadItem advance();

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadItem item = next;
    next = null;
    return item;
  }
}
