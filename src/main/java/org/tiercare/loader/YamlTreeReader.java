package org.tiercare.loader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.tiercare.scenario.Entry;

/**
 * Reads YAML text into a located {@link YamlNode} tree with Jackson's streaming parser. Streaming
 * (rather than databind) is what gives us a line and column for every key and value, lets us catch
 * duplicate keys with both locations, and lets binding report every problem instead of the first.
 */
final class YamlTreeReader {

    /**
     * SnakeYAML's own alias limit only guards its Composer, which the streaming parser bypasses; we
     * expand aliases ourselves, so we enforce the same limit plus a cap on the expanded size
     * (a "billion laughs" document stays small on disk but explodes when expanded).
     */
    private static final LoaderOptions LOADER_OPTIONS = new LoaderOptions();
    private static final long MAX_EXPANDED_NODES = 1_000_000;
    /**
     * Maps and lists nested deeper than this are refused: a scenario nests about six levels
     * (facilities → entry → outpatient → hours → session); 64 leaves room for anything hand-written,
     * and we say so in our words, at the place, long before Jackson's own limit of 1000 would speak
     * of its StreamReadConstraints.
     */
    static final int MAX_DEPTH = 64;
    /**
     * One value of more than 100,000 characters is no name, id or duration; descriptions are a few
     * lines. (The whole file is already at most {@link ScenarioLoader#MAX_YAML_BYTES}, which bounds
     * how long scanning the value took.)
     */
    static final int MAX_SCALAR_CHARS = 100_000;
    /** The same limits inside Jackson, as a second line: its exceptions are turned into our words below. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8).maxStringLength(ScenarioLoader.MAX_YAML_BYTES).maxNumberLength(1000).build();
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(LOADER_OPTIONS)
            .streamReadConstraints(CONSTRAINTS).build();

    /** Stops reading at the first limit exceeded; its problem is already recorded. */
    private static final class Refused extends IOException {
        Refused() { super(null, null); }
    }

    private final String file;
    private final String override;
    private final Problems problems;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
    private int aliases;
    private int depth;
    private YAMLParser parser;

    /** @param override the {@code path=value} text when reading an override value, else null */
    private YamlTreeReader(String file, String override, Problems problems) {
        this.file = file;
        this.override = override;
        this.problems = problems;
    }

    /** Reads a whole file's text; returns null (with problems recorded) when it is not valid YAML. */
    static YamlNode read(String text, String file, Problems problems) {
        return new YamlTreeReader(file, null, problems).readDocument(text);
    }

    /** Reads the value half of a {@code --set path=value}; every location is the override. */
    static YamlNode readOverrideValue(String value, String override, Problems problems) {
        return new YamlTreeReader("--set", override, problems).readDocument(value);
    }

    private YamlNode readDocument(String text) {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) return null;
            YamlNode root = readValue(t);
            if (root != null && p.nextToken() != null) {
                problems.add(separator(text, loc(p.currentTokenLocation())), Text.get("yaml.secondDocument"));
                return null;
            }
            if (root != null && sizes.getOrDefault(root, 1L) > MAX_EXPANDED_NODES) {
                problems.add(root.loc(), Text.get("yaml.tooLarge", MAX_EXPANDED_NODES));
                return null;
            }
            return root;
        } catch (Refused e) {
            return null;
        } catch (StreamConstraintsException e) {
            // Only reachable if our own checks above missed a case; never show Jackson's wording.
            problems.add(loc(parser == null ? null : parser.currentLocation()), Text.get("yaml.limit"));
            return null;
        } catch (JacksonException e) {
            syntaxError(e);
            return null;
        } catch (IOException e) {
            problems.add(new Loc(file, 0, 0, override), Text.get("yaml.unreadable", String.valueOf(e.getMessage())));
            return null;
        }
    }

    private YamlNode readValue(JsonToken t) throws IOException {
        Loc at = loc(parser.currentTokenLocation());
        String anchor = parser.getCurrentAnchor();
        YamlNode node;
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ++depth > MAX_DEPTH) {
            problems.add(at, Text.get("yaml.tooDeep", MAX_DEPTH));
            throw new Refused();
        }
        if (t != null && t.isScalarValue() && parser.getTextLength() > MAX_SCALAR_CHARS) {
            problems.add(at, Text.get("yaml.longValue", parser.getTextLength(), MAX_SCALAR_CHARS));
            throw new Refused();
        }
        switch (t) {
            case START_OBJECT -> {
                node = readMap(at);
                depth--;
            }
            case START_ARRAY -> {
                node = readList(at);
                depth--;
            }
            case VALUE_STRING -> {
                if (parser.isCurrentAlias()) return resolveAlias(parser.getText(), at);
                node = new Scalar(at, parser.getText(), Scalar.Kind.STRING);
            }
            case VALUE_NUMBER_INT -> node = new Scalar(at, parser.getText(), Scalar.Kind.INT);
            case VALUE_NUMBER_FLOAT -> node = new Scalar(at, parser.getText(), Scalar.Kind.FLOAT);
            case VALUE_TRUE, VALUE_FALSE -> node = new Scalar(at, parser.getText(), Scalar.Kind.BOOL);
            case VALUE_NULL -> node = new Scalar(at, "", Scalar.Kind.NULL);
            default -> node = new Scalar(at, parser.getText(), Scalar.Kind.STRING);
        }
        if (anchor != null) anchors.put(anchor, node);
        return node;
    }

    private MapNode readMap(Loc at) throws IOException {
        MapNode map = new MapNode(at);
        long size = 1;
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Loc keyLoc = loc(parser.currentTokenLocation());
            YamlNode value = readValue(parser.nextToken());
            size += sizeOf(value);
            MapNode.Entry first = map.entries.get(key);
            if (first != null) {
                problems.add(keyLoc, Text.get("yaml.duplicateKey", key, first.keyLoc().line(), first.keyLoc().column()));
            } else {
                map.entries.put(key, new MapNode.Entry(key, keyLoc, value));
            }
        }
        sizes.put(map, size);
        return map;
    }

    private ListNode readList(Loc at) throws IOException {
        ListNode list = new ListNode(at);
        long size = 1;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            YamlNode item = readValue(t);
            size += sizeOf(item);
            list.items.add(item);
        }
        sizes.put(list, size);
        return list;
    }

    /** Aliases share the anchored node: the tree stays small, and its locations point at the anchor. */
    private YamlNode resolveAlias(String name, Loc at) {
        if (++aliases > LOADER_OPTIONS.getMaxAliasesForCollections()) {
            problems.add(at, Text.get("yaml.tooManyAliases", LOADER_OPTIONS.getMaxAliasesForCollections()));
            return new Scalar(at, "", Scalar.Kind.NULL);
        }
        YamlNode target = anchors.get(name);
        if (target == null) {
            problems.add(at, Text.get("yaml.unknownAlias", name));
            return new Scalar(at, "", Scalar.Kind.NULL);
        }
        return target;
    }

    /** The parser points at the second document's content; the message speaks of its '---', so point there. */
    private static Loc separator(String text, Loc content) {
        if (content.line() <= 0) return content;
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(content.line(), lines.length) - 1; i >= 0; i--) {
            if (lines[i].startsWith("---")) return new Loc(content.file(), i + 1, 1, null);
        }
        return content;
    }

    private long sizeOf(YamlNode n) {
        return Math.min(sizes.getOrDefault(n, 1L), MAX_EXPANDED_NODES + 1);
    }

    private Loc loc(JsonLocation l) {
        if (override != null || l == null) return new Loc(file, 0, 0, override);
        return new Loc(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1), null);
    }

    /**
     * SnakeYAML knows both where the problem is and where the construct it was reading began (an
     * unclosed quote is noticed only at the end of the file); say both, in one line.
     */
    private void syntaxError(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                // SnakeYAML's own words (what it expected, what it was reading) are English only; they are arguments.
                String message = m.getProblem() == null ? cleanMessage(e.getOriginalMessage()) : m.getProblem().strip();
                Loc at = override != null ? new Loc(file, 0, 0, override)
                        : new Loc(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, null);
                if (m.getContext() != null && m.getContextMark() != null) {
                    problems.add(at, Text.get("yaml.syntax.context", message, m.getContext().strip(), m.getContextMark().getLine() + 1,
                            m.getContextMark().getColumn() + 1));
                } else {
                    problems.add(at, Text.get("yaml.syntax", message));
                }
                return;
            }
        }
        problems.add(loc(e.getLocation()), Text.get("yaml.syntax", cleanMessage(e.getOriginalMessage())));
    }

    /** SnakeYAML messages repeat the location and quote the source over several lines; keep the gist. */
    static String cleanMessage(String m) {
        if (m == null) return Text.get("yaml.unreadableText");
        StringBuilder out = new StringBuilder();
        for (String line : m.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("in '") || s.equals("^")
                    || s.startsWith("at [Source") || line.startsWith("    ")) continue;
            if (out.length() > 0) out.append(' ');
            out.append(s);
        }
        return out.length() == 0 ? m.strip() : out.toString();
    }
}
