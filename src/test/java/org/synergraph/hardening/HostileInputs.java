package org.synergraph.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates bad input the way careless or hostile clients send it: deterministic for a given seed. */
final class HostileInputs {
    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** Raw (already percent-encoded) query values. */
    static List<String> values() {
        List<String> v = new ArrayList<>(List.of("", "%20", "0", "-1", "99", "999999999999999999999", "1e309", "NaN",
                "-0", "2147483648", "abc", "%FF%FE%FD", "%C3%28", "%ED%A0%80", "%00", "%0A%0D", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
                "'%20OR%201%3D1", "%22)%20MATCH%20(n)%20DETACH%20DELETE%20n%20%2F%2F", "country%3ACRI", "initiative%3Arecsoil",
                "%E5%9C%9F%E5%A3%A4%E5%8C%BB%E7%94%9F", "..%2F..%2Fetc%2Fpasswd", "%2A", "%5C", "true", "null",
                "ACTIVE_IN", "FUNDS%2CBOGUS", "Country", "Nope", "any", "%F0%9F%98%80", "a".repeat(5000)));
        v.add("x".repeat(1_000_000));
        v.add(String.join("%2C", java.util.Collections.nCopies(10_000, "country%3ACRI")));
        return v;
    }

    String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A random JSON-ish body: valid, truncated, wrong types, deep nesting, huge. */
    String body() {
        List<String> bodies = List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"query\": 5}",
                "{\"query\": null}", "{\"query\": \"MATCH (n) RETURN n LIMIT 1\", \"params\": 7}",
                "{\"query\": \"RETURN $x\", \"params\": {\"x\": {\"deep\": [1, [2, [3]]]}}}",
                "{\"title\": 5, \"text\": []}", "{\"text\": \"\"}", "{\"text\": null, \"language\": \"klingon\"}",
                "{\"id\": \"../../etc\", \"text\": \"x\"}", "{\"query\": \"" + "(".repeat(3000) + "\"}",
                "[" .repeat(5000), "{\"a\":" .repeat(2000), "{\"query\": \"RETURN 1\"}" + "x".repeat(100));
        return bodies.get(random.nextInt(bodies.size()));
    }
}
