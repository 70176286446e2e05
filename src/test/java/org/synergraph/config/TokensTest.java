package org.synergraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void named_tokens_carry_their_role_and_the_admin_token_is_the_admin_named_admin() {
        Tokens tokens = Tokens.parse("ana:ana-secret-1:reviewer, bo:bo-secret-22", Optional.of("root-secret-3"));

        assertEquals("ana", tokens.holderOf("ana-secret-1").orElseThrow().name());
        assertEquals(Tokens.Role.REVIEWER, tokens.holderOf("ana-secret-1").orElseThrow().role());
        assertEquals(Tokens.Role.ADMIN, tokens.holderOf("bo-secret-22").orElseThrow().role());
        assertEquals("admin", tokens.holderOf("root-secret-3").orElseThrow().name());
        assertTrue(tokens.holderOf("ana-secret").isEmpty());
        assertTrue(tokens.holderOf("").isEmpty());
        assertTrue(tokens.holderOf(null).isEmpty());
    }

    @Test
    void printing_the_tokens_shows_names_and_roles_never_secrets() {
        Tokens tokens = Tokens.parse("ana:ana-secret-1:reviewer", Optional.of("root-secret-3"));

        String shown = tokens.toString() + new Config(0, java.nio.file.Path.of("d"), "127.0.0.1", 0,
                Optional.of("root-secret-3"), Optional.empty(), Optional.empty(), Config.Limits.defaults(),
                java.util.List.of()).withTokens(tokens);

        assertTrue(shown.contains("ana:reviewer") && shown.contains("admin:admin"), shown);
        assertFalse(shown.contains("ana-secret-1") || shown.contains("root-secret-3"), shown);
    }

    @Test
    void malformed_entries_are_refused_without_echoing_the_secret() {
        for (String bad : new String[] {"ana", "ana:", ":secret-long", "ana:short", "ana:long-secret:boss",
                "a b:long-secret", "ana:long-secret-1,ana:long-secret-2", "ana:same-secret,bo:same-secret"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Tokens.parse(bad, Optional.empty()), bad);
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Tokens.parse("admin:other-secret", Optional.of("x-secret-1")));
    }
}
