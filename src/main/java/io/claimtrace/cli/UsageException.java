package io.claimtrace.cli;

/** Unusable options, paths or configuration: printed as one line, exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
