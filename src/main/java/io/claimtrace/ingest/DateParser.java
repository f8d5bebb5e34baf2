package io.claimtrace.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats found in news page metadata. Publishers are inconsistent (offset or not,
 * fractional seconds, space instead of 'T', RFC-1123 in feeds), and a wrong year silently moves a
 * claim in time, so anything outside a plausible window is rejected rather than guessed. All
 * patterns are anchored and free of nested quantifiers, so parsing is linear. Thread-safe.
 */
final class DateParser {

  private static final Pattern ISO = Pattern.compile(
      "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
          + " ?(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?(?:\\b.*)?$");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?$");
  private static final Pattern URL_YMD_SLASH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  private static final Pattern URL_YMD_DASH = Pattern.compile("/((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[/_\\-.]|$)");
  private static final Pattern URL_YMD_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_\\-.]|$)");
  private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");

  private final Clock clock;

  DateParser(Clock clock) {
    this.clock = clock;
  }

  /** Parses a metadata date string; null when unparseable or implausible. */
  Instant parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    Instant result = parseIso(s);
    if (result == null) {
      result = parseCompact(s);
    }
    if (result == null) {
      result = parseRfc1123(s);
    }
    if (result == null && EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      result = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
    return plausible(result);
  }

  /** Looks for /yyyy/mm/dd/, /yyyy-mm-dd and /yyyymmdd/ in a URL path; midnight UTC. */
  Instant fromUrl(String url) {
    if (url == null || url.isEmpty()) {
      return null;
    }
    String path = url;
    int scheme = url.indexOf("://");
    if (scheme >= 0) {
      int slash = url.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : url.substring(slash);
    }
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    for (Pattern p : new Pattern[] {URL_YMD_SLASH, URL_YMD_DASH, URL_YMD_COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        Instant i = plausible(date(m.group(1), m.group(2), m.group(3)));
        if (i != null) {
          return i;
        }
      }
    }
    return null;
  }

  private Instant plausible(Instant i) {
    if (i == null) {
      return null;
    }
    int year = i.atZone(ZoneOffset.UTC).getYear();
    int maxYear = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
    if (year < 1990 || i.isAfter(clock.instant().plus(java.time.Duration.ofDays(366))) || year > maxYear) {
      return null;
    }
    return i;
  }

  private static Instant date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))
          .atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Instant parseIso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (m.group(4) == null) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      int nanos = 0;
      if (m.group(7) != null) {
        String frac = (m.group(7) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(frac);
      }
      ZoneOffset offset = offset(m.group(8));
      if (hour == 24 && minute == 0 && second == 0) {
        return LocalDate.of(year, month, day).plusDays(1).atStartOfDay(offset).toInstant();
      }
      return ZonedDateTime.of(year, month, day, hour, minute, second, nanos, offset).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String o) {
    if (o == null || o.equalsIgnoreCase("z") || o.equals("UTC") || o.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = o.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = o.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Instant parseCompact(String s) {
    Matcher m = COMPACT.matcher(s);
    if (!m.matches()) {
      return null;
    }
    try {
      int h = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int mi = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int se = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      return ZonedDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), h, mi, se, 0, ZoneOffset.UTC).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Instant parseRfc1123(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
