package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
  @ParameterizedTest
  @CsvSource({
      "https://www.synthwire.com/2026/03/03/a/, synthwire.com",
      "https://news.bytebeacon.net/ai/x, bytebeacon.net",
      "https://www.thecircuitdaily.co.uk/story, thecircuitdaily.co.uk",
      "http://a.b.example.com.au/x, example.com.au",
      "https://WWW.Example.COM/Path, example.com",
      "http://127.0.0.1:8080/x, 127.0.0.1",
      "/data/file.html, ",
  })
  void outletIsTheRegistrableDomain(String url, String outlet) {
    assertEquals(outlet, Urls.outlet(url));
  }

  @ParameterizedTest
  @CsvSource({
      "https://www.example.com/a?utm_source=x&id=3#frag, https://www.example.com/a?id=3",
      "HTTPS://WWW.EXAMPLE.COM:443/a/../b, https://www.example.com/b",
      "https://example.com/a?fbclid=abc, https://example.com/a",
  })
  void normalizationDropsTrackingAndFragments(String in, String out) {
    assertEquals(out, Urls.normalize(in));
  }

  @ParameterizedTest
  @CsvSource({
      "https://example.com/news/a, ../b, https://example.com/b",
      "https://example.com/news/a, https://other.org/x, https://other.org/x",
      "/local/file.html, ../b, ",
  })
  void resolve(String base, String href, String expected) {
    assertEquals(expected, Urls.resolve(base, href));
  }
}
