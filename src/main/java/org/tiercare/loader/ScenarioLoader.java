package org.tiercare.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.scenario.Scenario;

/**
 * Loads a scenario YAML file into an immutable {@link Scenario}: parse into a located tree, read the
 * CSV files it references into that tree, apply {@code --set} overrides, merge tier defaults, bind
 * and validate (variants included). Either returns a valid scenario or throws with every
 * problem found, each with file, line and column.
 */
public final class ScenarioLoader {

    /**
     * The largest scenario YAML read: a scenario is a few tens of kilobytes (the demo 15 KB), and
     * large tables go in CSV files. Checked before reading, so an 8 MB or 50 MB file is refused at
     * once rather than after the YAML scanner has spent minutes on it (its time grows faster than
     * the size); 3 MB is also SnakeYAML's own limit, which it checks only after scanning.
     */
    static final int MAX_YAML_BYTES = 3 * 1024 * 1024;

    private ScenarioLoader() {}

    public static Scenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /**
     * @param overrides {@code path=value} strings, applied in order (a later one wins)
     * @throws ScenarioException listing every problem, file problems first in reading order
     */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        String name = file.toString();
        Problems problems = new Problems();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_YAML_BYTES) {
                throw new ScenarioException(List.of(new Problem(name, 0, 0, Text.get("file.tooLarge", size, MAX_YAML_BYTES))));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new Problem(name, 0, 0, Text.get("file.missing"))));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(name, 0, 0, Text.get("file.unreadable", reason(e)))));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(new Problem(name, 0, 0, Text.get("file.notUtf8"))));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);

        YamlNode root = YamlTreeReader.read(text, name, problems);
        if (root == null) {
            if (problems.isEmpty()) problems.add(new Loc(name, 1, 1, null), Text.get("file.empty", Text.join(ScenarioBinder.KEYS)));
            problems.throwIfAny();
        }
        MapNode pristine = null;
        List<byte[]> hashed = new ArrayList<>();
        hashed.add(bytes);
        if (root instanceof MapNode map) {
            // CSV sections become ordinary entries first, so overrides and tier defaults reach them too.
            hashed.addAll(CsvTables.expand(map, file, problems));
            Overrides.apply(map, overrides, problems);
            pristine = (MapNode) Trees.copy(map);
            TierDefaults.apply(map, problems);
        }
        Scenario s = ScenarioBinder.bind(root, problems, file, sha256(hashed), overrides, pristine);
        problems.throwIfAny();
        return s;
    }

    /**
     * Why a file could not be read, in words: the system's own message, or for a permission problem
     * a sentence (Java's exceptions carry only the file name there, and their class names mean
     * nothing to a planner).
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return Text.get("file.denied");
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? Text.get("yaml.unreadableText") : e.getMessage();
    }

    static String sha256(byte[] bytes) {
        return sha256(List.of(bytes));
    }

    /**
     * One SHA-256 over the byte arrays one after the other: the scenario file, then each CSV file it
     * reads (zones, facilities, network.edges), so the manifest changes when a spreadsheet does.
     */
    static String sha256(List<byte[]> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
