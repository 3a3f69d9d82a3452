package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Never crash on input" (issue 11): every broken scenario under {@code src/test/resources/bad-input/<case>/}
 * goes through the normal command line ({@code validate}) and must end with the exit code its
 * {@code expect.properties} states, with its message fragment on the stated line of the stated file,
 * and without a stack trace. Each case is copied to a temporary folder first, so relative CSV paths
 * mean the same as for a planner. Files too large for git (an 8 MB value, a 50 MB file) are written here.
 *
 * <p>{@code expect.properties}: {@code exit} (0 or 2); {@code fragment} (text one output line must hold);
 * {@code file} and {@code line} (that line reads {@code …/file:line:} — line 0 for a problem of the whole
 * file, {@code file=--set} for an override); {@code absent} (text no output may hold: a knock-on
 * message, or a line of a file outside the scenario); {@code lang} ({@code zh}); {@code set} (one --set).
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path tmp;

    /** Every case folder; the test fails if there are fewer than the issue asks for. */
    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<String> names = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 60, "the corpus has " + names.size() + " cases; expected at least 60");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenScenarioGetsItsMessage(String name) throws IOException {
        Properties expect = new Properties();
        try (Reader r = Files.newBufferedReader(CORPUS.resolve(name).resolve("expect.properties"), StandardCharsets.UTF_8)) {
            expect.load(r);
        }
        Path dir = tmp.resolve(name);
        copy(CORPUS.resolve(name), dir);
        Files.delete(dir.resolve("expect.properties"));
        check(dir.resolve("scenario.yaml"), expect);
    }

    /** A symbolic link inside the folder pointing outside is refused like a path that leads outside. */
    @Test
    void symbolicLinkOutOfTheFolderIsNotFollowed() throws IOException {
        Path dir = tmp.resolve("symlink");
        copy(CORPUS.resolve("csv-subfolder-ok"), dir);
        Files.delete(dir.resolve("expect.properties"));
        Path secret = Files.writeString(tmp.resolve("secret.csv"), "id,name\nZ1,TOP-SECRET\n");
        Files.delete(dir.resolve("data/zones.csv"));
        Files.createSymbolicLink(dir.resolve("data/zones.csv"), secret);
        check(dir.resolve("scenario.yaml"), props("exit", "2", "fragment", "is outside the scenario's folder",
                "file", "scenario.yaml", "line", "4", "absent", "TOP-SECRET"));
    }

    /** An 8 MB value would keep the YAML scanner busy for about 20 s; the size is checked first. */
    @Test
    void eightMegabyteValueIsRefusedBySize() throws IOException {
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, "name: \"" + "a".repeat(8 * 1024 * 1024) + "\"\nhorizon: 1 d\n");
        check(f, props("exit", "2", "fragment", "more than 3145728", "file", "long.yaml", "line", "0"));
    }

    /** Below the file limit, one value longer than 100,000 characters is refused where it starts. */
    @Test
    void longValueIsRefusedWhereItStarts() throws IOException {
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, "horizon: 1 d\nname: \"" + "a".repeat(200_000) + "\"\n");
        check(f, props("exit", "2", "fragment", "200000 characters long", "file", "long.yaml", "line", "2"));
    }

    @Test
    void fiftyMegabyteFilesAreRefusedBySize() throws IOException {
        Path dir = tmp.resolve("big");
        copy(CORPUS.resolve("csv-subfolder-ok"), dir);
        Files.delete(dir.resolve("expect.properties"));
        byte[] row = "Z9,Far,1,1,1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[50 * 1024 * 1024];
        for (int i = 0; i + row.length <= big.length; i += row.length) System.arraycopy(row, 0, big, i, row.length);
        Arrays.fill(big, big.length - big.length % row.length, big.length, (byte) '\n');
        Files.write(dir.resolve("data/zones.csv"), big);
        check(dir.resolve("scenario.yaml"), props("exit", "2", "fragment", "more than 16777216", "file", "scenario.yaml", "line", "4"));
        Files.write(dir.resolve("scenario.yaml"), big);
        check(dir.resolve("scenario.yaml"), props("exit", "2", "fragment", "more than 3145728", "file", "scenario.yaml", "line", "0"));
    }

    /**
     * Seeded fuzzing: 300 mutations (a fixed count, not a time budget) of the shipped scenarios and
     * starter templates with their CSV files — a line deleted, duplicated or swapped for another,
     * two characters swapped, a number made huge, negative or NaN, the file truncated, a stray
     * character inserted. Whatever the result, {@code validate} must answer 0 or 2 without a stack trace.
     */
    @Test
    void mutatedShippedScenariosNeverCrash() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) { s.filter(p -> p.toString().endsWith(".yaml")).forEach(sources::add); }
        try (Stream<Path> s = Files.list(Path.of("scenarios/validation"))) { s.filter(p -> p.toString().endsWith(".yaml")).forEach(sources::add); }
        for (String t : List.of("county", "district")) sources.add(Path.of("src/main/resources/org/tiercare/templates", t, "scenario.yaml"));
        sources.sort(null); // a fixed order, so the seed decides everything
        java.util.Random random = new java.util.Random(20261201L);
        int exitZero = 0;
        for (int i = 0; i < 300; i++) {
            Path source = sources.get(random.nextInt(sources.size()));
            Path dir = tmp.resolve("fuzz-" + i);
            copy(source.getParent(), dir);
            Path scenario = dir.resolve(source.getFileName().toString());
            List<Path> files = new ArrayList<>(List.of(scenario));
            try (Stream<Path> s = Files.walk(dir)) { s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add); }
            Path victim = files.get(random.nextInt(files.size()));
            String before = Files.readString(victim);
            String after = Mutations.apply(before, random);
            Files.writeString(victim, after);
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "validate", scenario.toString());
            String all = out + "\n" + err;
            String what = "mutation " + i + " of " + dir.relativize(victim) + " (from " + source + "):\n" + all;
            assertTrue(code == 0 || code == 2, () -> "exit " + code + " after " + what);
            assertNoStackTrace(all);
            if (code == 0) exitZero++;
            deleteTree(dir);
        }
        // Some mutations are harmless (a comment changed) and most are not; all-0 or all-2 would mean the loop tests nothing.
        assertTrue(exitZero > 0 && exitZero < 300, "mutations accepted: " + exitZero + " of 300");
    }

    /** Small edits a hurried planner or a broken export makes. */
    static final class Mutations {
        private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
        private static final String[] NUMBERS = {"1000000000000", "1e300", "99999999999999999999999", "-5", "-0.5", "NaN", ".nan",
                ".inf", "-.inf", "Infinity", "0", "1.0e+300", "0x7fffffff", "1_000_000_000_000"};
        private static final String[] STRAY = {"\t", "\"", "'", ",", "[", "{", ":", "&a", "*a", "---", "\u00a0", "中", "\r", "#", "%"};

        static String apply(String text, java.util.Random r) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int n = lines.size(), at = r.nextInt(Math.max(1, n));
            switch (r.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, lines.get(r.nextInt(n)));
                case 3 -> {
                    if (text.length() < 2) return text + "x";
                    int i = r.nextInt(text.length() - 1);
                    return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                }
                case 4 -> {
                    java.util.regex.Matcher m = NUMBER.matcher(text);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) spans.add(new int[] {m.start(), m.end()});
                    if (spans.isEmpty()) return text + "1e300";
                    int[] s = spans.get(r.nextInt(spans.size()));
                    return text.substring(0, s[0]) + NUMBERS[r.nextInt(NUMBERS.length)] + text.substring(s[1]);
                }
                case 5 -> {
                    return text.substring(0, r.nextInt(text.length() + 1));
                }
                default -> {
                    int i = r.nextInt(text.length() + 1);
                    return text.substring(0, i) + STRAY[r.nextInt(STRAY.length)] + text.substring(i);
                }
            }
            return String.join("\n", lines);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Runs {@code validate} the way a planner does and checks the outcome against {@code expect}. */
    static void check(Path scenario, Properties expect) {
        List<String> args = new ArrayList<>();
        if (expect.getProperty("lang") != null) args.addAll(List.of("--lang", expect.getProperty("lang")));
        args.add("validate");
        args.add(scenario.toString());
        if (expect.getProperty("set") != null) args.addAll(List.of("--set", expect.getProperty("set")));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String all = out + "\n" + err;
        String shown = all.length() > 4000 ? all.substring(0, 4000) + "…" : all;
        assertEquals(Integer.parseInt(expect.getProperty("exit")), code, shown);
        assertNoStackTrace(all);
        String fragment = expect.getProperty("fragment");
        if (fragment != null) {
            String line = expect.getProperty("line");
            String where = line == null ? null : line.equals("0") ? expect.getProperty("file") + ": "
                    : expect.getProperty("file") + ":" + line + ":";
            boolean found = all.lines().anyMatch(l -> l.contains(fragment) && (where == null || startsWithPlace(l, where)));
            assertTrue(found, () -> "no line " + (where == null ? "" : "at " + where + " ") + "holds '" + fragment + "':\n" + shown);
        }
        String absent = expect.getProperty("absent");
        if (absent != null) assertFalse(all.contains(absent), () -> "'" + absent + "' should not appear:\n" + shown);
    }

    /** The line names the place: a path ending in the file, then the line (the folder differs per run). */
    private static boolean startsWithPlace(String outputLine, String where) {
        int at = outputLine.indexOf(where);
        if (at < 0) return false;
        String before = outputLine.substring(0, at);
        return before.isEmpty() || before.endsWith("/") || before.endsWith("\\");
    }

    static void assertNoStackTrace(String output) {
        assertFalse(output.contains("at org.") || output.contains("at java.") || output.contains("Exception")
                || output.contains("StreamReadConstraints") || output.contains("Error:"), () -> "a stack trace or exception leaked:\n" + output);
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
