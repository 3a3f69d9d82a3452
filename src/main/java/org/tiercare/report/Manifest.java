package org.tiercare.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/** What a run was, so anyone can re-run it exactly: written as {@code manifest.json}. */
@JsonPropertyOrder({"tool", "version", "java_version", "scenario_name", "scenario_file", "scenario_sha256", "overrides",
        "seed", "replications_requested", "replications_completed", "threads", "variants", "command_line",
        "run_id", "started_at", "wall_time_s", "partial", "warnings", "precision", "shard"})
public record Manifest(
        @JsonProperty("tool") String tool,
        @JsonProperty("version") String version,
        @JsonProperty("java_version") String javaVersion,
        @JsonProperty("scenario_name") String scenarioName,
        @JsonProperty("scenario_file") String scenarioFile,
        @JsonProperty("scenario_sha256") String scenarioSha256,
        @JsonProperty("overrides") List<String> overrides,
        @JsonProperty("seed") long seed,
        @JsonProperty("replications_requested") int replicationsRequested,
        @JsonProperty("replications_completed") int replicationsCompleted,
        @JsonProperty("threads") int threads,
        @JsonProperty("variants") List<String> variants,
        @JsonProperty("command_line") String commandLine,
        @JsonProperty("run_id") @JsonInclude(JsonInclude.Include.NON_NULL) String runId,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("wall_time_s") double wallTimeS,
        @JsonProperty("partial") boolean partial,
        @JsonProperty("warnings") List<RunWarning> warnings,
        @JsonProperty("precision") @JsonInclude(JsonInclude.Include.NON_NULL) PrecisionTarget precision,
        @JsonProperty("shard") @JsonInclude(JsonInclude.Include.NON_NULL) ShardOf shard) {

    /**
     * Which part of a study a shard folder holds ({@code --shard index/count}): {@code study} is the study's
     * fingerprint (SHA-256 over scenario contents, overrides, variants, replications, seed and tiercare version),
     * so that {@code tiercare merge} combines only shards of one study; {@code jobs} the (variant, replication)
     * pairs it ran.
     */
    @JsonPropertyOrder({"index", "count", "study", "jobs"})
    public record ShardOf(@JsonProperty("index") int index, @JsonProperty("count") int count,
                          @JsonProperty("study") String study, @JsonProperty("jobs") int jobs) {}

    /**
     * What {@code --precision} asked and got: the relative half-width asked for every headline network indicator,
     * the cap on replications per variant, the replications per variant run, and whether the target was reached.
     */
    @JsonPropertyOrder({"relative_half_width", "max_replications", "replications_per_variant", "reached"})
    public record PrecisionTarget(@JsonProperty("relative_half_width") double relativeHalfWidth,
                                  @JsonProperty("max_replications") int maxReplications,
                                  @JsonProperty("replications_per_variant") int replicationsPerVariant,
                                  @JsonProperty("reached") boolean reached) {}

    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Fills tool, version and Java version; {@code startedAt} goes out as ISO-8601 UTC. */
    public static Manifest of(String scenarioName, Path scenarioFile, String scenarioSha256, List<String> overrides,
                              long seed, int replicationsRequested, int replicationsCompleted, int threads,
                              List<String> variants, String commandLine, Instant startedAt, double wallTimeS,
                              boolean partial) {
        return new Manifest("tiercare", toolVersion(), System.getProperty("java.version"), scenarioName,
                scenarioFile == null ? null : scenarioFile.toString(), scenarioSha256, List.copyOf(overrides), seed,
                replicationsRequested, replicationsCompleted, threads, List.copyOf(variants), commandLine, null,
                startedAt.toString(), wallTimeS, partial, List.of(), null, null);
    }

    /** The same manifest with these warnings about its numbers. */
    public Manifest withWarnings(List<RunWarning> warnings) {
        return new Manifest(tool, version, javaVersion, scenarioName, scenarioFile, scenarioSha256, overrides, seed,
                replicationsRequested, replicationsCompleted, threads, variants, commandLine, runId, startedAt, wallTimeS,
                partial, List.copyOf(warnings), precision, shard);
    }

    /** The same manifest recording what {@code --precision} asked and reached. */
    public Manifest withPrecision(PrecisionTarget target) {
        return new Manifest(tool, version, javaVersion, scenarioName, scenarioFile, scenarioSha256, overrides, seed,
                replicationsRequested, replicationsCompleted, threads, variants, commandLine, runId, startedAt, wallTimeS,
                partial, warnings, target, shard);
    }

    /**
     * The same manifest with the id of the run that wrote it (also in the results folder's {@code .tiercare} marker).
     * Random, like {@code started_at} and {@code wall_time_s} it differs between two runs of the same scenario and seed.
     */
    public Manifest withRunId(String id) {
        return new Manifest(tool, version, javaVersion, scenarioName, scenarioFile, scenarioSha256, overrides, seed,
                replicationsRequested, replicationsCompleted, threads, variants, commandLine, id, startedAt, wallTimeS,
                partial, warnings, precision, shard);
    }

    /** The same manifest for one shard of a study. */
    public Manifest withShard(ShardOf of) {
        return new Manifest(tool, version, javaVersion, scenarioName, scenarioFile, scenarioSha256, overrides, seed,
                replicationsRequested, replicationsCompleted, threads, variants, commandLine, runId, startedAt, wallTimeS,
                partial, warnings, precision, of);
    }

    /** Writes {@code manifest.json} into {@code folder}; returns the file. */
    public Path writeTo(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        JSON.writeValue(file.toFile(), this);
        return file;
    }

    /** The build's version from {@code tiercare-version.properties}; "dev" when run from unfiltered sources. */
    public static String toolVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("/tiercare-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Hex SHA-256 of a file's bytes (the scenario as run). */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
