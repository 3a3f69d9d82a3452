package org.tiercare.loader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
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
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(LOADER_OPTIONS).build();

    private final String file;
    private final String override;
    private final Problems problems;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
    private int aliases;
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
                problems.add(loc(p.currentTokenLocation()),
                        "a second YAML document starts here; a scenario file holds exactly one document (remove the '---')");
                return null;
            }
            if (root != null && sizes.getOrDefault(root, 1L) > MAX_EXPANDED_NODES) {
                problems.add(root.loc(), "the document expands to more than " + MAX_EXPANDED_NODES
                        + " values through aliases; write the repeated parts out or use fewer aliases");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            syntaxError(e);
            return null;
        } catch (IOException e) {
            problems.add(new Loc(file, 0, 0, override), "cannot read YAML: " + e.getMessage());
            return null;
        }
    }

    private YamlNode readValue(JsonToken t) throws IOException {
        Loc at = loc(parser.currentTokenLocation());
        String anchor = parser.getCurrentAnchor();
        YamlNode node;
        switch (t) {
            case START_OBJECT -> node = readMap(at);
            case START_ARRAY -> node = readList(at);
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
                problems.add(keyLoc, "duplicate key '" + key + "' (first written at line " + first.keyLoc().line()
                        + ", column " + first.keyLoc().column() + "); a key may appear only once in a map: keep one of them");
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
            problems.add(at, "more than " + LOADER_OPTIONS.getMaxAliasesForCollections()
                    + " aliases in one document; write the repeated parts out");
            return new Scalar(at, "", Scalar.Kind.NULL);
        }
        YamlNode target = anchors.get(name);
        if (target == null) {
            problems.add(at, "alias '*" + name + "' refers to no anchor; define '&" + name + "' before using it");
            return new Scalar(at, "", Scalar.Kind.NULL);
        }
        return target;
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
                String message = m.getProblem() == null ? cleanMessage(e.getOriginalMessage()) : m.getProblem().strip();
                if (m.getContext() != null && m.getContextMark() != null) {
                    message += " (" + m.getContext().strip() + " that starts at line " + (m.getContextMark().getLine() + 1)
                            + ", column " + (m.getContextMark().getColumn() + 1) + ")";
                }
                Loc at = override != null ? new Loc(file, 0, 0, override)
                        : new Loc(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, null);
                problems.add(at, "YAML syntax error: " + message);
                return;
            }
        }
        problems.add(loc(e.getLocation()), "YAML syntax error: " + cleanMessage(e.getOriginalMessage()));
    }

    /** SnakeYAML messages repeat the location and quote the source over several lines; keep the gist. */
    static String cleanMessage(String m) {
        if (m == null) return "unreadable YAML";
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
