package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdfMapTest {
  @Test
  void answersLikeTheMapItWasBuiltFrom() {
    Map<String, Double> from = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      from.put("ba" + (char) ('a' + i % 26) + i, i / 7.0);
    }
    IdfMap idf = new IdfMap(from);
    assertEquals(from.size(), idf.size());
    from.forEach((k, v) -> assertEquals(v, idf.get(k)));
    assertNull(idf.get("absent"));
    assertNull(idf.get(42));
    assertFalse(idf.containsKey("absent"));
    assertEquals(from, idf);
    assertEquals(0, new IdfMap(Map.of()).size());
  }
}
