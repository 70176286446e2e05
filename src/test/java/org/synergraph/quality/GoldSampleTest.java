package org.synergraph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a gold sample folder. */
class GoldSampleTest {
    @TempDir
    Path dir;

    @Test
    void planned_status_turns_active_in_into_planned_in_and_confidence_defaults_to_high() throws IOException {
        Files.writeString(dir.resolve("entities.json"), "[{\"id\":\"initiative:x\",\"name_zh\":\"X倡议\","
                + "\"aliases_zh\":[\"X\"],\"docs\":[\"000\"]}]");
        Files.writeString(dir.resolve("facts.json"), "[{\"subject\":\"initiative:x\",\"predicate\":\"ACTIVE_IN\","
                + "\"object\":\"country:PER\",\"doc\":\"000\",\"para\":\"4\",\"props\":{\"status\":\"planned\"}},"
                + "{\"subject\":\"initiative:x\",\"predicate\":\"FUNDS\",\"object\":\"org:y\",\"doc\":\"004\","
                + "\"para\":\"2\",\"props\":{\"confidence\":\"low\"}}]");
        GoldSample gold = GoldSample.load(dir);
        assertEquals("PLANNED_IN", gold.facts().get(0).predicate());
        assertEquals("high", gold.facts().get(0).confidence());
        assertEquals(false, gold.facts().get(1).counts());
        assertEquals(List.of("000", "004"), gold.documents());
        assertEquals(List.of("X倡议", "X"), gold.entities().get(0).names());
    }
}
