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

    /**
     * A CSV format: each column and the key path it fills in an entry; a column named {@code <prefix><id>} (a prefix
     * of {@code prefixes}) fills {@code <key>.<id>}, e.g. zones' {@code group.elderly} fills {@code groups.elderly}.
     */
    private record Table(String name, List<String> required, Map<String, List<String>> columns, Map<String, String> prefixes) {
        Table(String name, List<String> required, Map<String, List<String>> columns) {
            this(name, required, columns, Map.of());
        }

        /** The key path of a column, or null when the table has no such column. */
        List<String> path(String column) {
            List<String> p = columns.get(column);
            if (p != null) return p;
            for (Map.Entry<String, String> e : prefixes.entrySet()) {
                String lower = column.toLowerCase(Locale.ROOT);
                if (lower.startsWith(e.getKey()) && column.length() > e.getKey().length()) {
                    return List.of(e.getValue(), column.substring(e.getKey().length()));
                }
            }
            return null;
        }
    }

    private static Map<String, List<String>> flat(String... names) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, List.of(n));
        return m;
    }

    static final Table ZONES = new Table("zones", List.of("id"), flat("id", "name", "x", "y", "residents", "contract_coverage"),
            Map.of("group.", GroupsSection.ZONE_GROUPS, "condition.", GroupsSection.ZONE_CONDITIONS));
    static final Table FACILITIES;
    static final Table EDGES = new Table("network.edges", List.of("from", "to"), flat("from", "to", "minutes", "km"));

    static {
        Map<String, List<String>> f = flat("id", "name", "tier", "zone", "x", "y", "capability", "emergency", "type");
        f.put("doctors", List.of("outpatient", "doctors"));
        f.put("access", List.of("outpatient", "access"));
        f.put("slots_per_day", List.of("outpatient", "slots_per_day"));
        f.put("beds", List.of("beds", "count"));
        FACILITIES = new Table("facilities", List.of("id", "tier"), f);
    }

    private static final Pattern INT = Pattern.compile("[-+]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private record Cell(String text, int line, int column) {}

    /**
     * The largest CSV file read: 16 MB holds some 100,000 rows of a facilities table, more than any
     * plan; checked before reading, so a huge file is refused at once.
     */
    static final long MAX_CSV_BYTES = 16L * 1024 * 1024;
    /**
     * Rows of one table: a city plan has hundreds of zones and facilities, a province's village
     * clinics some tens of thousands. The limit bounds what loading holds in memory (a few hundred MB);
     * whether a run of that size fits the machine is for the run's own estimate to say.
     */
    static final int MAX_ROWS = 20_000;

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
        // Located at the path written, so what is said of the table as a whole points at the file's name.
        ListNode list = new ListNode(m.get("csv") != null ? m.get("csv").loc() : m.loc());
        parent.entries.put(key, new MapNode.Entry(key, entry.keyLoc(), list));
        for (MapNode.Entry e : m.entries.values()) {
            if (!e.key().equals("csv")) {
                problems.add(e.keyLoc(), Text.get("csv.unknownKey", e.key(), table.name()));
            }
        }
        YamlNode csv = m.get("csv");
        String example = table.name().replace("network.", "") + ".csv";
        if (!(csv instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
            problems.add(csv == null ? m.loc() : csv.loc(), csv == null ? Text.at(table.name(), Text.get("csv.missingKey", example))
                    : Text.at(table.name() + ".csv", Text.get("csv.notPath", csv.describe(), example)));
            list.unreadable = example;
            return;
        }
        list.unreadable = s.text().strip();
        Path file = inFolder(s, table, scenarioFile, problems);
        if (file == null) return;
        String text = read(file, s, table, problems, read);
        if (text == null) return;
        if (fill(list, text, file.toString(), table, problems)) list.unreadable = null;
    }

    /**
     * The CSV file a scenario names, resolved against the scenario's folder; null (reported) when the
     * path is unusable or leads outside that folder. A scenario is a folder of files that travels as a
     * whole (it is hashed, shared, run elsewhere), so it reads nothing beyond it; this also keeps a
     * scenario from anyone else from reading, and echoing in messages, files like /etc/passwd. The
     * check is made on the path as written and again on the real path, so a symbolic link inside the
     * folder that points outside is refused too. Nothing is read before both checks pass.
     */
    private static Path inFolder(Scalar s, Table table, Path scenarioFile, Problems problems) {
        String where = table.name() + ".csv";
        Path folder = scenarioFile.toAbsolutePath().getParent();
        Path file;
        try {
            file = folder.resolve(s.text().strip()).normalize();
        } catch (InvalidPathException e) {
            problems.add(s.loc(), Text.at(where, Text.get("csv.invalidPath", s.text())));
            return null;
        }
        boolean inside = file.startsWith(folder.normalize());
        if (inside && Files.exists(file)) {
            try {
                inside = file.toRealPath().startsWith(folder.toRealPath());
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            problems.add(s.loc(), Text.at(where, Text.get("csv.outside", s.text().strip())));
            return null;
        }
        // Named in messages as before: relative to where the scenario was named from.
        Path named = scenarioFile.getParent();
        return (named == null ? Path.of(s.text().strip()) : named.resolve(s.text().strip())).normalize();
    }

    private static String read(Path file, Scalar s, Table table, Problems problems, List<byte[]> read) {
        String where = table.name() + ".csv";
        try {
            if (Files.isDirectory(file)) {
                problems.add(s.loc(), Text.at(where, Text.get("csv.folder", s.text().strip())));
                return null;
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                problems.add(s.loc(), Text.at(where, Text.get("csv.notRegular", s.text().strip())));
                return null;
            }
            if (Files.exists(file) && Files.size(file) > MAX_CSV_BYTES) {
                problems.add(s.loc(), Text.at(where, Text.get("csv.tooLarge", s.text().strip(), Files.size(file), MAX_CSV_BYTES)));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            read.add(bytes);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            problems.add(s.loc(), Text.at(where, Text.get("csv.noFile", file.toString())));
        } catch (CharacterCodingException e) {
            problems.add(new Loc(file.toString(), 1, 1, null), Text.get("csv.notUtf8"));
        } catch (IOException e) {
            problems.add(s.loc(), Text.at(where, Text.get("csv.unreadable", file.toString(), ScenarioLoader.reason(e))));
        }
        return null;
    }

    /**
     * Turns the rows into entries of {@code list}; false when the table cannot be used (no usable
     * header, bad quoting, rows whose cells cannot be matched to columns). Mistakes that leave the
     * rest of the table usable (an unknown column, a trailing comma) are reported once and the
     * table is read without them, so they cause no knock-on problems.
     */
    private static boolean fill(ListNode list, String text, String file, Table table, Problems problems) {
        List<List<Cell>> rows = parse(text, file, problems);
        if (rows == null) return false;
        // Padding rows (",,,,", what a spreadsheet writes for rows once used) say nothing: drop them.
        rows.removeIf(r -> r.stream().allMatch(c -> c.text().isBlank()));
        String expected = String.join(",", table.columns().keySet());
        if (rows.isEmpty()) {
            problems.add(new Loc(file, 1, 1, null), Text.get("csv.empty", expected));
            return false;
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new Loc(file, rows.get(MAX_ROWS + 1).get(0).line(), 1, null), Text.get("csv.tooManyRows", rows.size() - 1, MAX_ROWS));
            return false;
        }
        List<Cell> header = rows.get(0);
        // Empty header cells (a spreadsheet's columns once used, often trailing) are no columns: harmless
        // while the cells under them are empty too.
        int width = header.size();
        List<String> names = new ArrayList<>();
        java.util.Set<Integer> unnamed = new java.util.TreeSet<>();
        boolean ok = true;
        for (Cell c : header) {
            String name = c.text().strip().toLowerCase(Locale.ROOT);
            // A prefixed column keeps the case of its id (group and condition ids are case-sensitive).
            if (!table.columns().containsKey(name) && table.path(c.text().strip()) != null) name = c.text().strip();
            if (name.isEmpty()) {
                names.add(null); // harmless while its cells are empty too; a value under it is reported below
                unnamed.add(names.size() - 1);
                continue;
            }
            if (table.path(name) == null) {
                problems.add(loc(file, c), Text.get("csv.unknownColumn", c.text().strip(), expected,
                        Names.didYouMean(name, table.columns().keySet())));
                names.add(null); // reported; its cells are ignored, so the rest of the table still loads
                continue;
            }
            if (names.contains(name)) {
                problems.add(loc(file, c), Text.get("csv.columnTwice", name));
                names.add(null);
                continue;
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
        Cell firstTrailing = null, firstOverfull = null;
        int trailing = 0, overfull = 0, overfullCells = 0;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.size() > width) {
                List<Cell> extra = row.subList(width, row.size());
                if (extra.stream().anyMatch(c -> !c.text().isBlank())) {
                    // Cells beyond the header with something in them: the row's cells cannot be matched to columns.
                    if (overfull++ == 0) {
                        firstOverfull = extra.stream().filter(x -> !x.text().isBlank()).findFirst().get();
                        overfullCells = row.size();
                    }
                    // The row is left out, but its id stays known, so references to it are no knock-on problems.
                    int idColumn = names.indexOf(table.required().get(0));
                    if (table.required().get(0).equals("id") && idColumn >= 0) list.skippedIds.add(row.get(idColumn).text().strip());
                    continue;
                }
                if (trailing++ == 0) firstTrailing = extra.get(0);
                row = row.subList(0, width);
            }
            MapNode entry = new MapNode(loc(file, row.get(0)));
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                String value = c.text().strip();
                if (value.isEmpty()) continue;
                if (names.get(i) == null) {
                    // An unknown column is reported at the header; a value under a blank header cell once here.
                    if (unnamed.remove(i)) problems.add(loc(file, c), Text.get("csv.blankColumn", Text.quote(value), expected));
                    continue;
                }
                MapNode target = entry;
                List<String> path = table.path(names.get(i));
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
        // Each a single message for the whole file, however many rows share the mistake.
        if (firstOverfull != null) {
            problems.add(loc(file, firstOverfull), overfull == 1 ? Text.get("csv.tooManyCells", overfullCells, width)
                    : Text.get("csv.tooManyCells.more", overfullCells, width, overfull - 1));
        }
        if (firstTrailing != null) {
            problems.add(loc(file, firstTrailing), trailing == 1 ? Text.get("csv.trailingComma", width)
                    : Text.get("csv.trailingComma.more", width, trailing - 1));
        }
        return ok;
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
