package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir Path dir;

    @Test
    void writesAllFieldsWithSnakeCaseNames() throws Exception {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), "abc");
        Manifest m = Manifest.of("demo", scenario, Manifest.sha256(scenario), List.of("policy.x=1"), 42L, 10, 7, 2,
                List.of("base", "alt"), "tiercare run s.yaml", Instant.parse("2025-03-01T08:30:00Z"), 12.5, true)
                .withWarnings(List.of(new RunWarning(RunWarning.UNSTABLE_QUEUE, "alt", "facility", "H2", "H2 超负荷", "H2 is overloaded")));
        Path file = m.writeTo(dir);
        String text = Files.readString(file);
        assertTrue(text.contains("\n  \"tool\" : \"tiercare\""), "pretty printed: " + text);
        JsonNode j = new ObjectMapper().readTree(file.toFile());
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("tool", "version", "java_version", "scenario_name", "scenario_file", "scenario_sha256",
                "overrides", "seed", "replications_requested", "replications_completed", "threads", "variants",
                "command_line", "started_at", "wall_time_s", "partial", "warnings"), names);
        JsonNode w = j.get("warnings").get(0);
        List<String> warningFields = new ArrayList<>();
        w.fieldNames().forEachRemaining(warningFields::add);
        assertEquals(List.of("code", "variant", "scope", "scope_id", "message_zh", "message_en"), warningFields);
        assertEquals("unstable_queue", w.get("code").asText());
        assertEquals("H2 超负荷", w.get("message_zh").asText());
        // sha256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", j.get("scenario_sha256").asText());
        assertEquals("2025-03-01T08:30:00Z", j.get("started_at").asText());
        assertEquals(42, j.get("seed").asLong());
        assertEquals(7, j.get("replications_completed").asInt());
        assertEquals("alt", j.get("variants").get(1).asText());
        assertTrue(j.get("partial").asBoolean());
        assertFalse(j.get("version").asText().isBlank());
    }

    /** The run id sits with the other fields that differ from run to run; a manifest without one omits it. */
    @Test
    void runIdFollowsTheCommandLine() throws Exception {
        Manifest m = Manifest.of("demo", null, "x", List.of(), 1L, 2, 2, 1, List.of("base"), "tiercare run", Instant.EPOCH, 1, false);
        assertFalse(new ObjectMapper().readTree(m.writeTo(dir).toFile()).has("run_id"));
        JsonNode j = new ObjectMapper().readTree(m.withRunId("3f9a").writeTo(dir).toFile());
        List<String> names = new ArrayList<>();
        j.fieldNames().forEachRemaining(names::add);
        assertEquals(names.indexOf("command_line") + 1, names.indexOf("run_id"));
        assertEquals(names.indexOf("run_id") + 1, names.indexOf("started_at"));
        assertEquals("3f9a", j.get("run_id").asText());
    }
}
