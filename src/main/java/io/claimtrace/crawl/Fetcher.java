package io.claimtrace.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 GET over plain sockets (TLS layered on for https), built for crawling untrusted URLs.
 *
 * <ul>
 *   <li>Every hop (first URL and each redirect) is vetted by {@link UrlSafety}; the socket is
 *       connected to the vetted address itself, with the original host name in the Host header
 *       and TLS SNI / hostname verification, so DNS rebinding between check and connect is
 *       impossible.</li>
 *   <li>Redirects are followed here (never by a library), up to {@link FetchConfig#maxRedirects()},
 *       with loop detection; robots.txt is checked on every hop when a {@link RobotsCache} is
 *       given.</li>
 *   <li>Connect, read (idle) and total timeouts; a raw body cap ({@code too_large}, prefix kept);
 *       gzip/deflate decoding with a decoded-size cap (gzip bombs are refused);
 *       429/503 retried with exponential backoff honouring Retry-After up to a cap; a
 *       content-type filter applied before the body is read.</li>
 *   <li>The raw bytes of every request and response are returned for WARC writing.</li>
 * </ul>
 *
 * <p>Thread-safety: a Fetcher holds no mutable state and may be shared by many threads; each
 * call opens its own connection ({@code Connection: close}). Politeness (per-host delay) is the
 * caller's job.
 */
public final class Fetcher {

  /** robots.txt files are parsed up to this size (RFC 9309 asks for at least 500 KiB). */
  static final long ROBOTS_MAX_BYTES = 512 * 1024;
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

  private final FetchConfig config;
  private final UrlSafety safety;

  public Fetcher(FetchConfig config, UrlSafety safety) {
    this.config = Objects.requireNonNull(config);
    this.safety = Objects.requireNonNull(safety);
  }

  public FetchConfig config() {
    return config;
  }

  public UrlSafety safety() {
    return safety;
  }

  /** Fetches without consulting robots.txt. */
  public FetchResult fetch(URI url) {
    return fetch(url, null);
  }

  /** Fetches {@code url}, checking robots.txt for every hop when {@code robots} is not null. */
  public FetchResult fetch(URI url, RobotsCache robots) {
    return run(url, robots, config.acceptedTypes(), config.maxBodyBytes());
  }

  /** Fetches a robots.txt: any content type, redirects followed, body capped at 512 KiB. */
  FetchResult fetchRobotsTxt(URI robotsUrl) {
    return run(robotsUrl, null, List.of(), Math.min(config.maxBodyBytes(), ROBOTS_MAX_BYTES));
  }

  private FetchResult run(URI url, RobotsCache robots, List<String> types, long maxBody) {
    Instant fetchedAt = Instant.now();
    long t0 = System.nanoTime();
    List<FetchResult.Exchange> exchanges = new ArrayList<>();
    Result r = new Result(url, fetchedAt, t0, exchanges);
    URI current;
    try {
      current = normalize(url);
    } catch (URISyntaxException | RuntimeException e) {
      return r.done(url, FetchOutcome.ERROR, "bad URL: " + e.getMessage());
    }
    Set<URI> seen = new HashSet<>();
    seen.add(current);
    int redirects = 0;
    while (true) {
      UrlSafety.Verdict verdict = safety.check(current);
      if (!verdict.allowed()) {
        FetchOutcome o = verdict.decision() == UrlSafety.Decision.PRIVATE_ADDRESS
            ? FetchOutcome.REFUSED_PRIVATE : FetchOutcome.ERROR;
        return r.done(current, o, verdict.reason());
      }
      if (robots != null) {
        RobotsCache.Decision d = robots.check(current);
        if (d.access() != RobotsCache.Access.ALLOWED) {
          r.retryLater = d.access() == RobotsCache.Access.DEFERRED;
          return r.done(current, FetchOutcome.ROBOTS_DENIED, d.reason());
        }
      }
      Response resp;
      int attempt = 0;
      while (true) {
        try {
          resp = exchange(current, verdict.address(), types, maxBody, exchanges);
        } catch (SocketTimeoutException e) {
          return r.done(current, FetchOutcome.TIMEOUT, "timeout: " + e.getMessage());
        } catch (InterruptedIOException e) {
          Thread.currentThread().interrupt();
          return r.done(current, FetchOutcome.ERROR, "interrupted");
        } catch (IOException | RuntimeException e) {
          return r.done(current, FetchOutcome.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        r.last = resp;
        if ((resp.status == 429 || resp.status == 503) && attempt < config.maxRetries()) {
          Duration backoff = config.retryBackoff().multipliedBy(1L << Math.min(attempt, 16));
          Duration retryAfter = parseRetryAfter(resp.header("retry-after"));
          if (retryAfter != null && retryAfter.compareTo(config.maxRetryAfter()) > 0) {
            return r.done(current, FetchOutcome.HTTP_ERROR, "HTTP " + resp.status + ", Retry-After "
                + retryAfter.toSeconds() + "s exceeds cap " + config.maxRetryAfter().toSeconds() + "s");
          }
          Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
          if (wait.compareTo(config.maxRetryAfter()) > 0) {
            wait = config.maxRetryAfter();
          }
          try {
            Thread.sleep(wait.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return r.done(current, FetchOutcome.ERROR, "interrupted");
          }
          attempt++;
          continue;
        }
        break;
      }
      if (isRedirect(resp.status)) {
        String location = resp.header("location");
        if (location == null || location.isBlank()) {
          return r.done(current, FetchOutcome.HTTP_ERROR, "HTTP " + resp.status + " without Location");
        }
        URI next;
        try {
          next = normalize(current.resolve(new URI(location.trim())));
        } catch (URISyntaxException | RuntimeException e) {
          return r.done(current, FetchOutcome.ERROR, "bad redirect Location: " + location);
        }
        if (!seen.add(next)) {
          return r.done(current, FetchOutcome.REDIRECT_LOOP, "redirect loop: " + current + " -> " + next);
        }
        if (++redirects > config.maxRedirects()) {
          return r.done(current, FetchOutcome.REDIRECT_LOOP, "more than " + config.maxRedirects() + " redirects");
        }
        current = next;
        continue;
      }
      if (resp.status < 200 || resp.status > 299) {
        return r.done(current, FetchOutcome.HTTP_ERROR, "HTTP " + resp.status);
      }
      if (resp.badType != null) {
        return r.done(current, FetchOutcome.BAD_CONTENT_TYPE, "content type not accepted: " + resp.badType);
      }
      if (resp.decodedTooLarge) {
        return r.done(current, FetchOutcome.TOO_LARGE,
            "decoded body exceeds " + config.maxDecodedBytes() + " bytes (" + resp.encoding + ")");
      }
      if (resp.truncated) {
        return r.done(current, FetchOutcome.TOO_LARGE, "body exceeds " + maxBody + " bytes, truncated");
      }
      return r.done(current, FetchOutcome.FETCHED, "ok");
    }
  }

  /** Accumulates the pieces of a FetchResult. */
  private final class Result {
    final URI url;
    final Instant fetchedAt;
    final long t0;
    final List<FetchResult.Exchange> exchanges;
    Response last;
    boolean retryLater;

    Result(URI url, Instant fetchedAt, long t0, List<FetchResult.Exchange> exchanges) {
      this.url = url;
      this.fetchedAt = fetchedAt;
      this.t0 = t0;
      this.exchanges = exchanges;
    }

    FetchResult done(URI finalUrl, FetchOutcome outcome, String reason) {
      boolean keepBody = outcome == FetchOutcome.FETCHED || outcome == FetchOutcome.HTTP_ERROR
          || (outcome == FetchOutcome.TOO_LARGE && last != null && !last.decodedTooLarge);
      int status = last == null ? 0 : last.status;
      Map<String, List<String>> headers = last == null ? Map.of() : last.headers;
      byte[] body = keepBody && last != null ? last.body : new byte[0];
      boolean truncated = last != null && (last.truncated || last.decodedTooLarge);
      return new FetchResult(url, finalUrl, status, headers, body, truncated, fetchedAt,
          Duration.ofNanos(System.nanoTime() - t0), outcome, reason, retryLater, exchanges);
    }
  }

  private static final class Response {
    int status;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    byte[] body = new byte[0];
    boolean truncated;
    boolean decodedTooLarge;
    String badType;
    String encoding = "identity";

    String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  private Response exchange(URI uri, InetAddress ip, List<String> types, long maxBody,
      List<FetchResult.Exchange> sink) throws IOException {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    String host = uri.getHost();
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    String hostHeader = uri.getPort() == -1 ? host : host + ":" + port;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    byte[] request = ("GET " + path + " HTTP/1.1\r\n"
        + "Host: " + hostHeader + "\r\n"
        + "User-Agent: " + config.userAgent() + "\r\n"
        + "Accept: " + ACCEPT + "\r\n"
        + "Accept-Encoding: gzip, deflate\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    Instant date = Instant.now();
    long deadline = System.nanoTime() + config.totalTimeout().toNanos();
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    boolean complete = false;
    Response resp = new Response();
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(ip, port), (int) config.connectTimeout().toMillis());
      socket.setSoTimeout((int) config.readTimeout().toMillis());
      if (https) {
        socket = startTls(socket, bareHost, port);
      }
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      RecordingInput in = new RecordingInput(socket.getInputStream(), wire, deadline);
      readHead(in, resp);
      String type = mediaType(resp.header("content-type"));
      if (!types.isEmpty() && resp.status >= 200 && resp.status <= 299 && !types.contains(type)) {
        resp.badType = type.isEmpty() ? "none" : type;
        return resp; // body not read
      }
      InputStream body = bodyStream(in, resp);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = body.read(buf)) != -1) {
        long room = maxBody - raw.size();
        if (n > room) {
          raw.write(buf, 0, (int) room);
          resp.truncated = true;
          break;
        }
        raw.write(buf, 0, n);
      }
      decode(raw.toByteArray(), resp);
      complete = !resp.truncated;
      return resp;
    } finally {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      sink.add(new FetchResult.Exchange(uri, ip, date, request, wire.toByteArray(), !complete));
    }
  }

  private Socket startTls(Socket plain, String host, int port) throws IOException {
    SSLContext ctx;
    try {
      ctx = SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, port, true);
    SSLParameters p = ssl.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.contains(":") && !host.matches("[0-9.]+")) {
      p.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(p);
    ssl.startHandshake();
    return ssl;
  }

  private static void readHead(InputStream in, Response resp) throws IOException {
    int total = 0;
    String statusLine = readLine(in);
    total += statusLine.length();
    while (true) { // skip interim 1xx responses
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("not an HTTP response: " + abbreviate(statusLine));
      }
      try {
        resp.status = Integer.parseInt(parts[1].trim());
      } catch (NumberFormatException e) {
        throw new IOException("bad status line: " + abbreviate(statusLine));
      }
      resp.headers.clear();
      String line;
      while (!(line = readLine(in)).isEmpty()) {
        total += line.length();
        if (total > MAX_HEADER_BYTES) {
          throw new IOException("response headers exceed " + MAX_HEADER_BYTES + " bytes");
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          resp.headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
        }
      }
      if (resp.status >= 100 && resp.status < 200) {
        statusLine = readLine(in);
        continue;
      }
      return;
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
          sb.setLength(len - 1);
        }
        return sb.toString();
      }
      sb.append((char) c);
      if (sb.length() > MAX_HEADER_BYTES) {
        throw new IOException("header line too long");
      }
    }
    throw new EOFException("connection closed in response head");
  }

  private static InputStream bodyStream(InputStream in, Response resp) throws IOException {
    if (resp.status == 204 || resp.status == 304) {
      return InputStream.nullInputStream();
    }
    String te = resp.header("transfer-encoding");
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      return new ChunkedInput(in);
    }
    String cl = resp.header("content-length");
    if (cl != null) {
      try {
        return new LimitedInput(in, Long.parseLong(cl.trim()));
      } catch (NumberFormatException e) {
        throw new IOException("bad Content-Length: " + cl);
      }
    }
    return in;
  }

  private void decode(byte[] raw, Response resp) throws IOException {
    String ce = resp.header("content-encoding");
    ce = ce == null ? "identity" : ce.trim().toLowerCase(Locale.ROOT);
    resp.encoding = ce;
    InputStream decoder;
    switch (ce) {
      case "gzip", "x-gzip" -> decoder = new GZIPInputStream(new ByteArrayInputStream(raw), 8192);
      case "deflate" -> decoder = new InflaterInputStream(new ByteArrayInputStream(raw),
          new Inflater(!looksLikeZlib(raw)), 8192);
      default -> {
        resp.body = raw;
        return;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try (decoder) {
      int n;
      while ((n = decoder.read(buf)) != -1) {
        if (out.size() + (long) n > config.maxDecodedBytes()) {
          resp.decodedTooLarge = true;
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (EOFException e) {
      if (!resp.truncated) {
        throw new IOException("truncated " + ce + " body", e);
      }
      // raw body was cut at the size cap: keep what decoded so far
    }
    resp.body = out.toByteArray();
  }

  private static boolean looksLikeZlib(byte[] b) {
    return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
  }

  static Duration parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** Drops fragment and user info; lower-cases scheme and host; keeps path and query encoding. */
  static URI normalize(URI uri) throws URISyntaxException {
    if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getHost() == null) {
      throw new URISyntaxException(String.valueOf(uri), "absolute http(s) URL with a host expected");
    }
    StringBuilder sb = new StringBuilder(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
        .append(uri.getHost().toLowerCase(Locale.ROOT));
    if (uri.getPort() != -1) {
      sb.append(':').append(uri.getPort());
    }
    sb.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      sb.append('?').append(uri.getRawQuery());
    }
    return new URI(sb.toString());
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  /** Copies everything read into {@code wire} and enforces the total deadline. */
  private static final class RecordingInput extends FilterInputStream {
    private final ByteArrayOutputStream wire;
    private final long deadline;

    RecordingInput(InputStream in, ByteArrayOutputStream wire, long deadline) {
      super(new java.io.BufferedInputStream(in, 16384));
      this.wire = wire;
      this.deadline = deadline;
    }

    private void checkDeadline() throws SocketTimeoutException {
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("total timeout exceeded");
      }
    }

    @Override
    public int read() throws IOException {
      checkDeadline();
      int c = super.read();
      if (c != -1) {
        wire.write(c);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      checkDeadline();
      int n = super.read(b, off, len);
      if (n > 0) {
        wire.write(b, off, n);
      }
      return n;
    }
  }

  private static final class LimitedInput extends FilterInputStream {
    private long left;

    LimitedInput(InputStream in, long length) {
      super(in);
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n == -1) {
        throw new EOFException("connection closed before Content-Length was reached");
      }
      left -= n;
      return n;
    }
  }

  /** Decodes Transfer-Encoding: chunked (trailers are read and ignored). */
  private static final class ChunkedInput extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInput(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0) {
        String line = readLine(in);
        int semi = line.indexOf(';');
        String hex = (semi >= 0 ? line.substring(0, semi) : line).trim();
        try {
          left = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
          throw new IOException("bad chunk size: " + abbreviate(line));
        }
        if (left == 0) {
          while (!readLine(in).isEmpty()) {
            // trailer
          }
          done = true;
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n == -1) {
        throw new EOFException("connection closed inside a chunk");
      }
      left -= n;
      if (left == 0) {
        readLine(in); // CRLF after chunk data
      }
      return n;
    }
  }
}
