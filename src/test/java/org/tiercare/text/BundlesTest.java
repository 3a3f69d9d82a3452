package org.tiercare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle area (a {@code <area>.properties} under {@code org/tiercare/text}, English) has a
 * Chinese twin {@code <area>_zh.properties} with exactly the same keys, and each pattern pair uses the
 * same MessageFormat arguments ({0}, {1}, …), so neither language drops or invents a value.
 */
class BundlesTest {
    private static final Path DIR = Path.of("src/main/resources/org/tiercare/text");

    @Test
    void chineseBundlesMatchTheEnglishOnes() throws IOException {
        List<Path> areas = areas();
        assertFalse(areas.isEmpty(), "no bundles found under " + DIR.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path en : areas) {
            String area = en.getFileName().toString().replace(".properties", "");
            Path zhFile = DIR.resolve(area + "_zh.properties");
            if (!Files.isRegularFile(zhFile)) {
                problems.add(area + ": no " + zhFile.getFileName());
                continue;
            }
            Properties english = load(en), chinese = load(zhFile);
            for (String key : english.stringPropertyNames()) {
                if (!chinese.containsKey(key)) problems.add(area + ": key '" + key + "' missing from " + zhFile.getFileName());
            }
            for (String key : chinese.stringPropertyNames()) {
                if (!english.containsKey(key)) problems.add(area + ": key '" + key + "' missing from " + en.getFileName());
            }
            for (String key : english.stringPropertyNames()) {
                if (!chinese.containsKey(key)) continue;
                Set<Integer> a = arguments(english.getProperty(key)), b = arguments(chinese.getProperty(key));
                if (!a.equals(b)) problems.add(area + ": '" + key + "' uses arguments " + a + " in English but " + b + " in Chinese");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void argumentsAreReadLikeMessageFormatReadsThem() {
        assertEquals(Set.of(0, 1), arguments("{0} — {1,choice,1#1 replication|1<{1} replications}"));
        assertEquals(Set.of(1), arguments("Welch''s method on ''{1}''"));
        assertEquals(Set.of(), arguments("quoted '{0}' is literal; ${DEFAULT-VALUE} is picocli's"));
    }

    /** English bundles: the .properties files whose name has no {@code _} (a language suffix). */
    private static List<Path> areas() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".properties") && !n.contains("_");
            }).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The argument indexes of a MessageFormat pattern; text between single apostrophes is literal. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') i++; // '' is an apostrophe
                else quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int j = i + 1;
                while (j < pattern.length() && Character.isWhitespace(pattern.charAt(j))) j++;
                int start = j;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) j++;
                if (j > start) found.add(Integer.parseInt(pattern.substring(start, j)));
            }
        }
        return found;
    }
}
