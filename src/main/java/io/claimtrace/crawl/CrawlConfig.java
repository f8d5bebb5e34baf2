package io.claimtrace.crawl;

import java.io.Serializable;

/**
 * Limits of a crawl (CLI flags of {@code crawl}).
 *
 * @param maxPages pages fetched in all, this run
 * @param maxDepth link hops from a seed (feeds and sitemaps do not count as a hop for their articles)
 * @param maxPagesPerHost pages fetched per host, this run
 * @param delayMillis minimum gap between two requests to one host; robots.txt crawl-delay can raise it (capped)
 * @param userAgent identifying User-Agent
 * @param allowPrivateNetworks fetch private, loopback and link-local addresses (tests, intranets)
 */
public record CrawlConfig(int maxPages, int maxDepth, int maxPagesPerHost, long delayMillis, String userAgent,
    boolean allowPrivateNetworks) implements Serializable {
  public static final String DEFAULT_USER_AGENT =
      "claimtrace-crawler/0.1 (+https://github.com/claimtrace/claimtrace; research crawler for AI-news claims)";
}
