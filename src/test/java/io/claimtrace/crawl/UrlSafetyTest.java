package io.claimtrace.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSafetyTest {

  @ParameterizedTest(name = "{0} non-public={1}")
  @CsvSource({
      "127.0.0.1, true",
      "127.255.255.254, true",
      "10.1.2.3, true",
      "172.16.0.1, true",
      "172.31.255.255, true",
      "172.32.0.1, false",
      "192.168.1.1, true",
      "169.254.169.254, true",
      "169.254.0.1, true",
      "100.64.0.1, true",
      "100.127.255.255, true",
      "100.128.0.1, false",
      "0.0.0.0, true",
      "224.0.0.1, true",
      "239.255.255.250, true",
      "255.255.255.255, true",
      "240.0.0.1, true",
      "192.0.2.10, true",
      "198.18.0.1, true",
      "198.51.100.7, true",
      "203.0.113.9, true",
      "192.0.0.8, true",
      "8.8.8.8, false",
      "93.184.216.34, false",
      "1.1.1.1, false",
      "::, true",
      "::1, true",
      "fc00::1, true",
      "fd12:3456::1, true",
      "fe80::1, true",
      "febf::1, true",
      "ff02::1, true",
      "::ffff:127.0.0.1, true",
      "::ffff:10.0.0.1, true",
      "::ffff:8.8.8.8, false",
      "64:ff9b::a00:1, true",
      "64:ff9b::808:808, false",
      "2002:7f00:1::1, true",
      "2002:808:808::1, false",
      "2001:db8::1, true",
      "2001::1, true",
      "2606:4700:4700::1111, false",
      "2a00:1450:4001:80b::200e, false",
  })
  void classifiesAddresses(String ip, boolean nonPublic) throws Exception {
    assertEquals(nonPublic, UrlSafety.isNonPublic(InetAddress.getByName(ip)), ip);
  }

  /** Literal hosts need no DNS; "public.test" and "mixed.test" go through the fake resolver. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "http://8.8.8.8/, ALLOWED",
      "https://1.1.1.1:8443/x?y=1, ALLOWED",
      "http://public.test/a, ALLOWED",
      "HTTP://PUBLIC.TEST/a, ALLOWED",
      "http://127.0.0.1/, PRIVATE_ADDRESS",
      "http://localhost.test/, PRIVATE_ADDRESS",
      "http://[::1]:8080/, PRIVATE_ADDRESS",
      "http://[::ffff:169.254.169.254]/, PRIVATE_ADDRESS",
      "http://169.254.169.254/latest/meta-data/, PRIVATE_ADDRESS",
      "http://10.0.0.5/, PRIVATE_ADDRESS",
      "http://100.64.1.1/, PRIVATE_ADDRESS",
      "http://0.0.0.0/, PRIVATE_ADDRESS",
      "http://mixed.test/, PRIVATE_ADDRESS",
      "ftp://8.8.8.8/file, BAD_SCHEME",
      "file:///etc/passwd, BAD_SCHEME",
      "gopher://8.8.8.8/, BAD_SCHEME",
      "/relative/path, BAD_SCHEME",
      "http:///nohost, BAD_URL",
      "http://nowhere.test/, UNRESOLVABLE",
  })
  void checksUrls(String url, UrlSafety.Decision expected) {
    UrlSafety.Verdict v = new UrlSafety(false, UrlSafetyTest::fakeDns, UrlSafety::isNonPublic).check(URI.create(url));
    assertEquals(expected, v.decision(), v.reason());
    if (expected == UrlSafety.Decision.ALLOWED) {
      assertNotNull(v.address());
    } else {
      assertNull(v.address());
    }
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1/", "http://[::1]/", "http://10.0.0.5/", "http://localhost.test/"})
  void allowPrivateNetworksLetsPrivateAddressesThrough(String url) {
    UrlSafety.Verdict v = new UrlSafety(true, UrlSafetyTest::fakeDns, UrlSafety::isNonPublic).check(URI.create(url));
    assertEquals(UrlSafety.Decision.ALLOWED, v.decision());
  }

  @Test
  void returnsTheVettedAddressAndResolvesOnlyOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    UrlSafety safety = new UrlSafety(false, host -> {
      // a rebinding resolver: public first, private afterwards
      return calls.getAndIncrement() == 0
          ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
          : new InetAddress[] {InetAddress.getByName("127.0.0.1")};
    }, UrlSafety::isNonPublic);
    UrlSafety.Verdict v = safety.check(URI.create("http://rebind.test/"));
    assertEquals(UrlSafety.Decision.ALLOWED, v.decision());
    assertEquals("93.184.216.34", v.address().getHostAddress());
    assertEquals(1, calls.get());
    // the next check sees the private answer and refuses
    assertEquals(UrlSafety.Decision.PRIVATE_ADDRESS, safety.check(URI.create("http://rebind.test/")).decision());
  }

  private static InetAddress[] fakeDns(String host) throws UnknownHostException {
    return switch (host) {
      case "public.test" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
      case "localhost.test" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
      case "mixed.test" -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")};
      case "nowhere.test" -> throw new UnknownHostException(host);
      default -> InetAddress.getAllByName(host); // literals only: no DNS query
    };
  }
}
