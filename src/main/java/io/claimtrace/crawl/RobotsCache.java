package io.claimtrace.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per scheme+host+port, parsed with crawler-commons {@link SimpleRobotRulesParser}
 * and cached for a TTL. Follows RFC 9309:
 * <ul>
 *   <li>2xx: the rules apply to {@link FetchConfig#robotsAgent()};</li>
 *   <li>4xx (and more than the allowed redirects): "unavailable", everything allowed;</li>
 *   <li>5xx, 429, timeout, network error: "unreachable", the host is deferred (nothing fetched,
 *       {@link Access#DEFERRED}); such entries expire after the shorter {@code deferTtl};</li>
 *   <li>robots.txt fetches go through the same {@link Fetcher} (SSRF guard, redirects, size
 *       cap of 512 KiB whose prefix is still parsed).</li>
 * </ul>
 * Crawl-delay is reported by {@link #crawlDelay(URI)}, capped at {@code maxCrawlDelay}; a site
 * asking for more is still crawled, at the capped rate.
 *
 * <p>Thread-safety: safe for concurrent use; concurrent lookups of one host share one robots.txt
 * fetch (the others wait for it); lookups of other hosts are not blocked.
 */
public final class RobotsCache {

  public enum Access { ALLOWED, DENIED, DEFERRED }

  public record Decision(Access access, String reason) {}

  private record Rules(BaseRobotRules rules, boolean deferred, String note) {}

  private static final class Entry {
    final CompletableFuture<Rules> rules = new CompletableFuture<>();
    volatile long expiresAt = Long.MAX_VALUE;
  }

  private final Fetcher fetcher;
  private final Duration ttl;
  private final Duration deferTtl;
  private final Duration maxCrawlDelay;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  public RobotsCache(Fetcher fetcher, Duration ttl, Duration deferTtl, Duration maxCrawlDelay) {
    this.fetcher = Objects.requireNonNull(fetcher);
    this.ttl = ttl;
    this.deferTtl = deferTtl;
    this.maxCrawlDelay = maxCrawlDelay;
  }

  /** 24 h cache, 5 min for deferred hosts, crawl-delay capped at 30 s. */
  public RobotsCache(Fetcher fetcher) {
    this(fetcher, Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofSeconds(30));
  }

  /** May {@code url} be fetched? robots.txt itself is always allowed. */
  public Decision check(URI url) {
    if ("/robots.txt".equals(url.getRawPath())) {
      return new Decision(Access.ALLOWED, "robots.txt");
    }
    Rules r = rules(url);
    if (r.deferred()) {
      return new Decision(Access.DEFERRED, "deferred: " + r.note());
    }
    String target = url.toString();
    if (r.rules().isAllowed(target)) {
      return new Decision(Access.ALLOWED, r.note());
    }
    return new Decision(Access.DENIED, "disallowed by robots.txt for " + fetcher.config().robotsAgent());
  }

  /** Crawl-delay for the host of {@code url}, capped; {@link Duration#ZERO} if none is set. */
  public Duration crawlDelay(URI url) {
    long ms = rules(url).rules().getCrawlDelay();
    if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0) {
      return Duration.ZERO;
    }
    Duration d = Duration.ofMillis(ms);
    return d.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : d;
  }

  /** Sitemaps listed in robots.txt of the host of {@code url}. */
  public List<String> sitemaps(URI url) {
    return List.copyOf(rules(url).rules().getSitemaps());
  }

  private Rules rules(URI url) {
    String key = key(url);
    while (true) {
      Entry e = cache.get(key);
      if (e != null && (!e.rules.isDone() || System.nanoTime() - e.expiresAt < 0)) {
        return e.rules.join();
      }
      Entry fresh = new Entry();
      boolean mine = e == null ? cache.putIfAbsent(key, fresh) == null : cache.replace(key, e, fresh);
      if (!mine) {
        continue; // another thread is loading; loop to wait on its entry
      }
      Rules loaded = null;
      try {
        loaded = load(key);
      } catch (RuntimeException ex) {
        loaded = deferred("robots.txt failed: " + ex);
      } finally {
        if (loaded == null) { // an Error: do not leave waiters hanging, do not cache
          cache.remove(key, fresh);
          fresh.rules.complete(deferred("robots.txt failed"));
        }
      }
      fresh.expiresAt = System.nanoTime() + (loaded.deferred() ? deferTtl : ttl).toNanos();
      fresh.rules.complete(loaded);
      return loaded;
    }
  }

  private Rules load(String base) {
    URI robotsUrl = URI.create(base + "/robots.txt");
    FetchResult r = fetcher.fetchRobotsTxt(robotsUrl);
    int status = r.status();
    switch (r.outcome()) {
      case FETCHED, TOO_LARGE -> {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 10);
        String ct = r.header("content-type");
        BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), r.body(),
            ct == null ? "text/plain" : ct, List.of(fetcher.config().robotsAgent().toLowerCase(Locale.ROOT)));
        return new Rules(rules, false, "robots.txt " + status);
      }
      case REDIRECT_LOOP -> {
        return allowAll("robots.txt redirects unresolved: allow all");
      }
      case HTTP_ERROR -> {
        if (status == 429 || status >= 500) {
          return deferred("robots.txt HTTP " + status);
        }
        return allowAll("robots.txt HTTP " + status + ": allow all");
      }
      default -> {
        return deferred("robots.txt " + r.outcome().label() + ": " + r.reason());
      }
    }
  }

  private static Rules allowAll(String note) {
    return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false, note);
  }

  private static Rules deferred(String note) {
    SimpleRobotRules rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
    rules.setDeferVisits(true);
    return new Rules(rules, true, note);
  }

  private static String key(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }
}
