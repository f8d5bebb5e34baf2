package io.claimtrace.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * SSRF guard for the crawler: decides whether a URL may be fetched and returns the vetted
 * address to connect to.
 *
 * <p>Only {@code http} and {@code https} URLs with a host are accepted. The host is resolved
 * once ({@link InetAddress#getAllByName}); if <em>any</em> of its addresses is loopback,
 * private (RFC 1918, fc00::/7), link-local (169.254/16 incl. the cloud metadata address,
 * fe80::/10), multicast, unspecified, CGNAT (100.64/10), documentation/benchmark or otherwise
 * IANA-reserved, the URL is refused unless {@code allowPrivateNetworks} is set. IPv6 forms that
 * embed an IPv4 address (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the
 * embedded address.
 *
 * <p>DNS rebinding: callers must connect to {@link Verdict#address()} (and send the original
 * host name in the Host header / TLS SNI) instead of resolving the name again; {@link Fetcher}
 * does this for every hop including redirects.
 *
 * <p>Thread-safety: immutable and safe to share between threads, provided the injected resolver
 * and predicate are.
 */
public final class UrlSafety {

  /** Resolves a host name to all its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Why a URL was refused, or {@link #ALLOWED}. */
  public enum Decision { ALLOWED, BAD_SCHEME, BAD_URL, UNRESOLVABLE, PRIVATE_ADDRESS }

  /** Result of {@link #check(URI)}; {@code address} is non-null iff allowed. */
  public record Verdict(Decision decision, InetAddress address, String reason) {
    public boolean allowed() {
      return decision == Decision.ALLOWED;
    }
  }

  private static final List<Cidr> BLOCKED = List.of(
      // IPv4
      Cidr.of("0.0.0.0/8"),          // "this network", incl. unspecified
      Cidr.of("10.0.0.0/8"),         // private
      Cidr.of("100.64.0.0/10"),      // CGNAT shared address space
      Cidr.of("127.0.0.0/8"),        // loopback
      Cidr.of("169.254.0.0/16"),     // link-local incl. 169.254.169.254 metadata
      Cidr.of("172.16.0.0/12"),      // private
      Cidr.of("192.0.0.0/24"),       // IETF protocol assignments
      Cidr.of("192.0.2.0/24"),       // TEST-NET-1
      Cidr.of("192.88.99.0/24"),     // 6to4 relay anycast (deprecated)
      Cidr.of("192.168.0.0/16"),     // private
      Cidr.of("198.18.0.0/15"),      // benchmarking
      Cidr.of("198.51.100.0/24"),    // TEST-NET-2
      Cidr.of("203.0.113.0/24"),     // TEST-NET-3
      Cidr.of("224.0.0.0/4"),        // multicast
      Cidr.of("240.0.0.0/4"),        // reserved incl. broadcast 255.255.255.255
      // IPv6
      Cidr.of("::/96"),              // unspecified, loopback, IPv4-compatible (deprecated)
      Cidr.of("100::/64"),           // discard-only
      Cidr.of("64:ff9b:1::/48"),     // local-use NAT64
      Cidr.of("2001::/23"),          // IETF protocol assignments incl. Teredo
      Cidr.of("2001:db8::/32"),      // documentation
      Cidr.of("3fff::/20"),          // documentation
      Cidr.of("fc00::/7"),           // unique local
      Cidr.of("fe80::/10"),          // link-local
      Cidr.of("fec0::/10"),          // site-local (deprecated)
      Cidr.of("ff00::/8"));          // multicast

  private final boolean allowPrivateNetworks;
  private final Resolver resolver;
  private final Predicate<InetAddress> forbidden;

  /** Production guard: system resolver and {@link #isNonPublic(InetAddress)}. */
  public UrlSafety(boolean allowPrivateNetworks) {
    this(allowPrivateNetworks, InetAddress::getAllByName, UrlSafety::isNonPublic);
  }

  /**
   * Guard with an injected resolver and "forbidden address" predicate (tests use this to treat
   * 127.0.0.2 as a public address while 127.0.0.1 stays private).
   */
  public UrlSafety(boolean allowPrivateNetworks, Resolver resolver, Predicate<InetAddress> forbidden) {
    this.allowPrivateNetworks = allowPrivateNetworks;
    this.resolver = Objects.requireNonNull(resolver);
    this.forbidden = Objects.requireNonNull(forbidden);
  }

  public boolean allowPrivateNetworks() {
    return allowPrivateNetworks;
  }

  /** Checks scheme and host and resolves the host; never throws for bad input. */
  public Verdict check(URI uri) {
    if (uri == null) {
      return new Verdict(Decision.BAD_URL, null, "no URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Verdict(Decision.BAD_SCHEME, null, "scheme not allowed: " + (scheme.isEmpty() ? "none" : scheme));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return new Verdict(Decision.BAD_URL, null, "no host in " + uri);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException | RuntimeException e) {
      return new Verdict(Decision.UNRESOLVABLE, null, "cannot resolve " + host + ": " + e.getMessage());
    }
    if (addresses == null || addresses.length == 0) {
      return new Verdict(Decision.UNRESOLVABLE, null, "no address for " + host);
    }
    if (!allowPrivateNetworks) {
      for (InetAddress a : addresses) {
        if (forbidden.test(a)) {
          return new Verdict(Decision.PRIVATE_ADDRESS, null,
              "refused non-public address " + a.getHostAddress() + " for host " + host);
        }
      }
    }
    return new Verdict(Decision.ALLOWED, addresses[0], "ok");
  }

  /** True for loopback, private, link-local, multicast, unspecified, CGNAT and reserved addresses. */
  public static boolean isNonPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      byte[] embedded = embeddedIpv4(b);
      if (embedded != null) {
        try {
          return isNonPublic(InetAddress.getByAddress(embedded));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    for (Cidr c : BLOCKED) {
      if (c.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /** IPv4 embedded in IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
  private static byte[] embeddedIpv4(byte[] b) {
    if (b.length != 16) {
      return null;
    }
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= b[i] == 0;
    }
    mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    for (int i = 4; nat64 && i < 12; i++) {
      nat64 = b[i] == 0;
    }
    if (mapped || nat64) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    return null;
  }

  private record Cidr(byte[] network, int prefix) {
    static Cidr of(String text) {
      int slash = text.indexOf('/');
      try {
        InetAddress a = InetAddress.getByName(text.substring(0, slash));
        byte[] bytes = a.getAddress();
        if (text.contains(":") && a instanceof Inet4Address) {
          throw new IllegalArgumentException(text); // "::/96" must stay IPv6
        }
        return new Cidr(bytes, Integer.parseInt(text.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(text, e);
      }
    }

    boolean contains(byte[] a) {
      if (a.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (a[full] & mask) == (network[full] & mask);
    }
  }
}
