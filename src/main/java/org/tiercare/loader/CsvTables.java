package org.tiercare.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.Entry;

/**
 * Replaces {@code zones: {csv: zones.csv}} (and {@code facilities}, {@code network.edges}) by the
 * list the CSV file holds, written as tree nodes located in the CSV file. Everything after this step
 * (overrides, tier defaults, binding) treats CSV rows exactly like inline entries, and their
 * problems read {@code zones.csv:3:4: ...}. A blank cell means "not given".
 */
final class CsvTables {

    /** A CSV format: each column and the key path it fills in an entry. */
    private record Table(String name, List<String> required, Map<String, List<String>> columns) {}

    private static Map<String, List<String>> flat(String... names) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, List.of(n));
        return m;
    }

    static final Table ZONES = new Table("zones", List.of("id"), flat("id", "name", "x", "y", "residents", "contract_coverage"));
    static final Table FACILITIES;
    static final Table EDGES = new Table("network.edges", List.of("from", "to"), flat("from", "to", "minutes", "km"));

    static {
        Map<String, List<String>> f = flat("id", "name", "tier", "zone", "x", "y", "capability", "emergency");
        f.put("doctors", List.of("outpatient", "doctors"));
        f.put("access", List.of("outpatient", "access"));
        f.put("slots_per_day", List.of("outpatient", "slots_per_day"));
        f.put("beds", List.of("beds", "count"));
        FACILITIES = new Table("facilities", List.of("id", "tier"), f);
    }

    private static final Pattern INT = Pattern.compile("[-+]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private record Cell(String text, int line, int column) {}

    private CsvTables() {}

    /**
     * Expands every {@code {csv: FILE}} section of the root, paths relative to the scenario file.
     *
     * @return the bytes of each CSV file read, in the order zones, facilities, network.edges (for the hash)
     */
    static List<byte[]> expand(MapNode root, Path scenarioFile, Problems problems) {
        List<byte[]> read = new ArrayList<>();
        expand(root, "zones", ZONES, scenarioFile, problems, read);
        expand(root, "facilities", FACILITIES, scenarioFile, problems, read);
        if (root.get("network") instanceof MapNode network) expand(network, "edges", EDGES, scenarioFile, problems, read);
        return read;
    }

    private static void expand(MapNode parent, String key, Table table, Path scenarioFile, Problems problems, List<byte[]> read) {
        // A map without 'csv' is a different mistake (one entry written without the list); the binder says so.
        if (!(parent.get(key) instanceof MapNode m) || !m.entries.containsKey("csv")) return;
        MapNode.Entry entry = parent.entries.get(key);
        ListNode list = new ListNode(m.loc());
        parent.entries.put(key, new MapNode.Entry(key, entry.keyLoc(), list));
        for (MapNode.Entry e : m.entries.values()) {
            if (!e.key().equals("csv")) {
                problems.add(e.keyLoc(), Text.get("csv.unknownKey", e.key(), table.name()));
            }
        }
        YamlNode csv = m.get("csv");
        if (!(csv instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
            String example = table.name().replace("network.", "") + ".csv";
            problems.add(csv == null ? m.loc() : csv.loc(), csv == null ? Text.at(table.name(), Text.get("csv.missingKey", example))
                    : Text.at(table.name() + ".csv", Text.get("csv.notPath", csv.describe(), example)));
            problems.markBroken(list);
            return;
        }
        Path file;
        try {
            Path base = scenarioFile.getParent();
            file = base == null ? Path.of(s.text().strip()) : base.resolve(s.text().strip()).normalize();
        } catch (InvalidPathException e) {
            problems.add(s.loc(), Text.at(table.name() + ".csv", Text.get("csv.invalidPath", s.text())));
            problems.markBroken(list);
            return;
        }
        String text = read(file, s, table, problems, read);
        if (text == null) {
            problems.markBroken(list);
            return;
        }
        if (!fill(list, text, file.toString(), table, problems)) problems.markBroken(list);
    }

    private static String read(Path file, Scalar s, Table table, Problems problems, List<byte[]> read) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            read.add(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            problems.add(s.loc(), Text.at(table.name() + ".csv", Text.get("csv.noFile", file.toString())));
        } catch (CharacterCodingException e) {
            problems.add(new Loc(file.toString(), 1, 1, null), Text.get("csv.notUtf8"));
        } catch (IOException e) {
            problems.add(s.loc(), Text.at(table.name() + ".csv", Text.get("csv.unreadable", file.toString(), String.valueOf(e.getMessage()))));
        }
        return null;
    }

    /** Turns the rows into entries of {@code list}; false when the header (or the quoting) is unusable. */
    private static boolean fill(ListNode list, String text, String file, Table table, Problems problems) {
        List<List<Cell>> rows = parse(text, file, problems);
        if (rows == null) return false;
        String expected = String.join(",", table.columns().keySet());
        if (rows.isEmpty()) {
            problems.add(new Loc(file, 1, 1, null), Text.get("csv.empty", expected));
            return false;
        }
        List<Cell> header = rows.get(0);
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (Cell c : header) {
            String name = c.text().strip().toLowerCase(Locale.ROOT);
            if (!table.columns().containsKey(name)) {
                problems.add(loc(file, c), Text.get("csv.unknownColumn", c.text().strip(), expected,
                        Names.didYouMean(name, table.columns().keySet())));
                ok = false;
            } else if (names.contains(name)) {
                problems.add(loc(file, c), Text.get("csv.columnTwice", name));
                ok = false;
            }
            names.add(name);
        }
        for (String r : table.required()) {
            if (!names.contains(r)) {
                problems.add(new Loc(file, header.get(0).line(), 1, null), Text.get("csv.missingColumn", r, expected,
                        Text.join(table.required())));
                ok = false;
            }
        }
        if (!ok) return false;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.size() > names.size()) {
                Cell extra = row.get(names.size());
                problems.add(loc(file, extra), Text.get("csv.tooManyCells", row.size(), names.size()));
                continue;
            }
            MapNode entry = new MapNode(loc(file, row.get(0)));
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                String value = c.text().strip();
                if (value.isEmpty()) continue;
                MapNode target = entry;
                List<String> path = table.columns().get(names.get(i));
                for (String seg : path.subList(0, path.size() - 1)) {
                    MapNode sub = target.get(seg) instanceof MapNode m ? m : null;
                    if (sub == null) {
                        sub = new MapNode(loc(file, c));
                        target.entries.put(seg, new MapNode.Entry(seg, loc(file, c), sub));
                    }
                    target = sub;
                }
                String key = path.get(path.size() - 1);
                target.entries.put(key, new MapNode.Entry(key, loc(file, c), new Scalar(loc(file, c), value, kind(value))));
            }
            list.items.add(entry);
        }
        return true;
    }

    private static Scalar.Kind kind(String v) {
        if (INT.matcher(v).matches()) return Scalar.Kind.INT;
        if (FLOAT.matcher(v).matches()) return Scalar.Kind.FLOAT;
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) return Scalar.Kind.BOOL;
        return Scalar.Kind.STRING;
    }

    private static Loc loc(String file, Cell c) { return new Loc(file, c.line(), c.column(), null); }

    /**
     * RFC 4180 with a little leniency: quoted cells may hold commas, doubled quotes and line breaks;
     * blank lines are skipped. Each cell remembers the line and column where it starts.
     */
    private static List<List<Cell>> parse(String text, String file, Problems problems) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1, col = 1, cellLine = 1, cellCol = 1;
        int i = 0, n = text.length();
        boolean rowHasContent = false;
        while (i <= n) {
            char ch = i < n ? text.charAt(i) : '\n';
            if (i == n && row.isEmpty() && cell.length() == 0 && !rowHasContent) break;
            if (ch == '"' && cell.toString().isBlank()) {
                int startLine = line, startCol = col;
                cell.setLength(0);
                i++;
                col++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            col += 2;
                            continue;
                        }
                        i++;
                        col++;
                        closed = true;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                    cell.append(q);
                    i++;
                }
                if (!closed) {
                    problems.add(new Loc(file, startLine, startCol, null), Text.get("csv.unclosedQuote"));
                    return null;
                }
                cellLine = startLine;
                cellCol = startCol;
                rowHasContent = true;
                // Anything after the closing quote up to the separator is ignored only if blank.
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        problems.add(new Loc(file, line, col, null), Text.get("csv.textAfterQuote"));
                        return null;
                    }
                    i++;
                    col++;
                }
                continue;
            }
            if (ch == ',' || ch == '\n' || ch == '\r') {
                row.add(new Cell(cell.toString(), cellLine, cellCol));
                cell.setLength(0);
                if (ch == ',') {
                    rowHasContent = true;
                    i++;
                    col++;
                    cellLine = line;
                    cellCol = col;
                    continue;
                }
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                boolean blank = row.size() == 1 && row.get(0).text().isBlank() && !rowHasContent;
                if (!blank) rows.add(row);
                row = new ArrayList<>();
                rowHasContent = false;
                i++;
                line++;
                col = 1;
                cellLine = line;
                cellCol = 1;
                continue;
            }
            if (cell.length() == 0) {
                cellLine = line;
                cellCol = col;
            }
            cell.append(ch);
            if (!Character.isWhitespace(ch)) rowHasContent = true;
            i++;
            col++;
        }
        return rows;
    }
}
