package org.synergraph.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named bearer tokens the server accepts ({@code SYNERGRAPH_TOKENS=name:token,name:token:reviewer}), each with a
 * role; the admin token of {@code SYNERGRAPH_ADMIN_TOKEN} is one more admin named "admin". Tokens are compared in
 * constant time and never printed: {@link #toString()} names the holders only.
 */
public final class Tokens {
    /** What a token holder may do: reviewers judge facts, admins also ingest, delete and import. */
    public enum Role { ADMIN, REVIEWER }

    /** One holder: the name recorded on every decision, the role, and the secret (kept as bytes). */
    public record Holder(String name, Role role, byte[] secret) {
        @Override
        public String toString() {
            return name + ":" + role.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final int MIN_SECRET = 8;
    private final List<Holder> holders;

    private Tokens(List<Holder> holders) {
        this.holders = List.copyOf(holders);
    }

    public static Tokens none() {
        return new Tokens(List.of());
    }

    /** Only the admin token, as the admin named "admin". */
    public static Tokens adminOnly(Optional<String> adminToken) {
        return parse("", adminToken);
    }

    /**
     * Reads {@code name:token[:role]} entries separated by commas (role admin when left out) plus the admin token.
     * A malformed entry, a short secret, an unknown role, or a name or secret given twice is refused with a message
     * that never contains the secret.
     */
    public static Tokens parse(String spec, Optional<String> adminToken) {
        List<Holder> out = new ArrayList<>();
        adminToken.filter(t -> !t.isBlank()).ifPresent(t -> out.add(holder("admin", t.strip(), Role.ADMIN)));
        int n = 0;
        for (String entry : spec == null ? new String[0] : spec.split(",")) {
            n++;
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("SYNERGRAPH_TOKENS entry " + n + " must be name:token or"
                        + " name:token:role");
            }
            Role role = parts.length == 3 ? role(parts[2], n) : Role.ADMIN;
            if (!parts[0].strip().matches("[\\p{L}\\p{N}._@-]{1,64}")) {
                throw new IllegalArgumentException("SYNERGRAPH_TOKENS entry " + n + ": a name is 1-64 letters,"
                        + " digits, '.', '_', '@' or '-'");
            }
            if (parts[1].strip().length() < MIN_SECRET) {
                throw new IllegalArgumentException("SYNERGRAPH_TOKENS entry " + n + " (" + parts[0].strip()
                        + "): a token must be at least " + MIN_SECRET + " characters");
            }
            out.add(holder(parts[0].strip(), parts[1].strip(), role));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            if (!names.add(out.get(i).name())) {
                throw new IllegalArgumentException("SYNERGRAPH_TOKENS: the name '" + out.get(i).name()
                        + "' is given twice (the admin token is named 'admin')");
            }
            for (int j = 0; j < i; j++) {
                if (MessageDigest.isEqual(out.get(i).secret(), out.get(j).secret())) {
                    throw new IllegalArgumentException("SYNERGRAPH_TOKENS: " + out.get(i).name() + " and "
                            + out.get(j).name() + " have the same token");
                }
            }
        }
        return new Tokens(out);
    }

    private static Role role(String text, int n) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "admin" -> Role.ADMIN;
            case "reviewer" -> Role.REVIEWER;
            default -> throw new IllegalArgumentException("SYNERGRAPH_TOKENS entry " + n
                    + ": the role must be admin or reviewer");
        };
    }

    private static Holder holder(String name, String secret, Role role) {
        return new Holder(name, role, secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The holder of a presented token. Every holder's secret is compared, each in constant time, so the time taken
     * says nothing about which (or whether any) secret matched.
     */
    public Optional<Holder> holderOf(String presented) {
        byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        Holder found = null;
        for (Holder h : holders) {
            if (MessageDigest.isEqual(given, h.secret()) && found == null) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return holders.isEmpty();
    }

    /** The holders' names and roles, never their tokens. */
    @Override
    public String toString() {
        return holders.toString();
    }
}
