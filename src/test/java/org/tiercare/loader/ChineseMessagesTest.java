package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tiercare.text.Messages;

/**
 * With {@code --lang zh} every problem the loader reports is Chinese, at the same file, line and
 * column as in English, with every argument filled in.
 */
class ChineseMessagesTest {

    private static final Path DIR = ScenarioLoaderTest.DIR;
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A MessageFormat argument left in the text ({0}, {1,choice,...}): a pattern that was not formatted. */
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\s*\\d");

    @TempDir Path dir;

    private Locale before;

    @BeforeEach
    void remember() { before = Messages.current(); }

    @AfterEach
    void restore() { Messages.setCurrent(before); }

    private static List<Problem> problems(Locale locale, Path file, List<String> overrides) {
        Messages.setCurrent(locale);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, overrides)).problems();
    }

    /** The same problems in both languages: same count, same place, Chinese words, nothing left unfilled. */
    private static void assertChineseTwin(Path file, List<String> overrides) {
        List<Problem> en = problems(Locale.ENGLISH, file, overrides);
        List<Problem> zh = problems(Locale.SIMPLIFIED_CHINESE, file, overrides);
        assertEquals(en.size(), zh.size(), () -> "en: " + en + "\nzh: " + zh);
        for (int i = 0; i < en.size(); i++) {
            Problem e = en.get(i), z = zh.get(i);
            String where = e.toString().substring(0, e.toString().length() - e.message().length());
            assertEquals(List.of(e.file(), e.line(), e.column()), List.of(z.file(), z.line(), z.column()), z::toString);
            assertTrue(z.toString().startsWith(where), () -> "prefix '" + where + "' changed: " + z);
            assertTrue(CJK.matcher(z.message()).find(), () -> "no Chinese in: " + z);
            assertFalse(LEFTOVER.matcher(z.message()).find(), () -> "argument left in: " + z);
            assertNotEquals(e.message(), z.message(), z::toString);
            // English framing words may only come from the YAML parser's own description of a syntax error.
            if (!z.message().contains("YAML 语法错误")) {
                assertFalse(z.message().contains("expected"), () -> "English left in: " + z);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mistakes.yaml", "levers-mistakes.yaml", "broken.yaml", "syntax.yaml"})
    void everyMistakeInTheTestScenariosReadsInChinese(String name) {
        assertChineseTwin(DIR.resolve(name), List.of());
    }

    @Test
    void overrideProblemsReadInChinese() {
        assertChineseTwin(DIR.resolve("valid.yaml"), List.of("facilities.H9.outpatient.doctors=3", "arrivals.5.rate_per_hour=1",
                "warmpu=3 d", "facilities.H1.outpatient.doctors=-2", "horizon", "facilities.H1.beds=4", "a..b=1", "name.x=1",
                "arrivals.0=3", "teleconsultation.delay=1h", "layout=x"));
        List<Problem> zh = problems(Locale.SIMPLIFIED_CHINESE, DIR.resolve("valid.yaml"), List.of("facilities.H1.outpatient.doctors=-2"));
        assertEquals("--set: “facilities.H1.outpatient.doctors=-2”：facilities[H1].outpatient.doctors：-2 为负数；应为不小于 0 的整数",
                zh.get(0).toString());
    }

    @Test
    void csvAndYamlProblemsReadInChinese() throws Exception {
        Files.writeString(dir.resolve("zones.csv"), "id,name,resident,name\nZ1,a,b\n");
        Files.writeString(dir.resolve("facilities.csv"), "id,tier\nC1,community,9\n\"C2\"x,village\n");
        Files.writeString(dir.resolve("s.yaml"), """
                name: ""
                horizon: 5 m
                zones: {csv: zones.csv}
                facilities: {csv: facilities.csv}
                network: {edges: {csv: nothere.csv}}
                demand: {contacts_per_resident_year: 5}
                conditions: [{id: a, share: 0.5, admission_probability: {tertairy: 0.5}}]
                arrivals: [{facility: C9, rate_per_hour: *nope}]
                """);
        assertChineseTwin(dir.resolve("s.yaml"), List.of());
    }

    @Test
    void numbersAreWrittenWithoutGrouping() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 5; j++) y.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            y.append("]\n");
        }
        Path f = dir.resolve("laughs.yaml");
        assertChineseTwin(write(f, y.toString()), List.of());
        assertTrue(problems(Locale.SIMPLIFIED_CHINESE, f, List.of()).get(0).message().contains("1000000"));
    }

    @Test
    void durationsReadInChinese() {
        Messages.setCurrent(Locale.SIMPLIFIED_CHINESE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.hours("5 m"));
        assertEquals("“5 m”的单位“m”无法识别（“m”可能指分钟，也可能指月：分钟请写 min）；单位应为 s、min、h、d、w 之一"
                + "（也可写 sec、minutes、hr、hours、day(s)、week(s)），例如 15 min", e.getMessage());
    }

    @Test
    void messagesFollowTheLanguageChosenAtLoadTime() {
        // The language is read when a problem is reported, so switching it between loads switches the messages.
        Path file = DIR.resolve("mistakes.yaml");
        String zh = problems(Locale.SIMPLIFIED_CHINESE, file, List.of()).get(0).message();
        String en = problems(Locale.ENGLISH, file, List.of()).get(0).message();
        assertEquals("replications：“many”不是整数；应为不小于 1 的整数", zh);
        assertEquals("replications: 'many' is not a whole number; expected a whole number >= 1", en);
    }

    private static Path write(Path f, String text) {
        try {
            Files.writeString(f, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    /** Keys the loader names in its code, so a typo shows up here rather than as a crash on one rare mistake. */
    @Test
    void everyKeyTheLoaderUsesIsInTheBundle() throws Exception {
        Pattern get = Pattern.compile("(?:Text\\.get|Messages\\.of\\(\"loader\"\\)\\.get)\\(\"([^\"]+)\"");
        Pattern named = Pattern.compile("\"((?:kind|choice|noun|bound|value|demand\\.profile|outreach\\.doctors|layout|checks|duration"
                + "|id\\.duplicateKind|dist|vary)\\.[A-Za-z.]+)\"");
        List<Path> sources = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/org/tiercare/loader"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        sources.add(Path.of("src/main/java/org/tiercare/experiment/Variants.java"));
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path source : sources) {
            String code = Files.readString(source);
            for (Pattern p : List.of(get, named)) {
                var m = p.matcher(code);
                while (m.find()) {
                    found++;
                    for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                        if (!Messages.of("loader", l).has(m.group(1))) missing.add(source.getFileName() + ": " + m.group(1) + " (" + l + ")");
                    }
                }
            }
        }
        assertTrue(found > 150, "found only " + found + " keys in the code");
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
