package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.metric.Metric;
import org.tiercare.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --lang}: the usage help and every printed sentence follow it. */
class LanguageTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {}

    private static final String SMALL = "scenarios/validation/mmc-rho08.yaml";

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandAndOptionIsDescribedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<String> missing = new ArrayList<>();
            List<CommandLine> all = new ArrayList<>();
            collect(Main.commandLine(locale), all);
            for (CommandLine c : all) {
                CommandSpec spec = c.getCommandSpec();
                String[] description = spec.usageMessage().description();
                if (description.length == 0 || String.join("", description).isBlank()) missing.add(spec.qualifiedName() + " (command)");
                for (ArgSpec a : spec.args()) {
                    String text = String.join(" ", a.description());
                    if (text.isBlank()) missing.add(spec.qualifiedName() + " " + a.paramLabel());
                    else if (locale != Locale.ENGLISH && text.codePoints().noneMatch(LanguageTest::han)) {
                        missing.add(spec.qualifiedName() + " " + a.paramLabel() + " is not translated: " + text);
                    }
                }
            }
            assertTrue(missing.isEmpty(), locale + ": " + missing);
        }
    }

    @Test
    void langWorksBeforeAndAfterTheSubcommandAndDoesNotStick() {
        Outcome before = cli("--lang", "zh", "run", "--help");
        Outcome after = cli("run", "--lang=zh", "--help");
        for (Outcome o : List.of(before, after)) {
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().startsWith("用法："), o.out());
            assertTrue(o.out().contains("结果文件夹"), o.out());
        }
        Outcome english = cli("--lang", "en", "run", "--help");
        assertTrue(english.out().startsWith("Usage: "), english.out());
        assertTrue(english.out().contains("Run a scenario's replications"), english.out());
        cli("--lang", "zh", "validate", SMALL);
        cli("validate", SMALL);
        assertEquals(Messages.defaultLocale(), Messages.current(), "a later command without --lang takes the default");
    }

    @Test
    void unknownLanguageIsBadInput() {
        Outcome o = cli("--lang", "fr", "validate", SMALL);
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--lang"), o.err());
    }

    @Test
    void errorsAreInTheChosenLanguage() {
        Outcome o = cli("--lang", "zh", "run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("错误：找不到情景文件"), o.err());
    }

    @Test
    void chineseHeadlineTableLinesUp() {
        Outcome o = cli("--lang", "zh", "run", SMALL, "--replications", "2",
                "--set", "horizon=300 h", "--out", tmp.resolve("zh").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("n = 2 次重复运行"), o.out());
        assertTrue(o.out().contains(Metric.WAIT_CONSULT_MEAN_H.label(Locale.SIMPLIFIED_CHINESE) + "（小时）"), o.out());
        // The interval column starts at the same terminal column on every indicator row.
        Set<Integer> columns = new java.util.HashSet<>();
        for (String line : o.out().split("\n")) {
            int at = line.indexOf(" [");
            if (at > 0) columns.add(TextWidth.of(line.substring(0, at)));
        }
        assertEquals(1, columns.size(), o.out());
    }

    @Test
    void displayWidthCountsChineseAsTwoColumns() {
        assertEquals(8, TextWidth.of("诊疗人次"));
        assertEquals(9, TextWidth.of("床位（%）"));
        assertEquals(10, TextWidth.of(TextWidth.padRight("病床", 10)));
        assertEquals("   病床", TextWidth.padLeft("病床", 7));
        assertEquals("诊疗…", TextWidth.abbreviate("诊疗人次", 6));
        assertEquals("abc", TextWidth.abbreviate("abc", 3));
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, into));
    }

    private static boolean han(int cp) { return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN; }

    @Test
    void reportIsBilingualUnlessALanguageIsChosen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Messages.chosenLocale() == null, "TIERCARE_LANG chooses a language");
        Path both = tmp.resolve("both"), english = tmp.resolve("english");
        Outcome o = cli("run", SMALL, "--set", "horizon=2d", "--set", "warmup=0d", "--replications", "2", "--out", both.toString());
        assertEquals(0, o.code(), o.err());
        String html = java.nio.file.Files.readString(both.resolve("report.html"));
        assertTrue(html.contains("<div class=\"in-zh\" lang=\"zh-CN\">") && html.contains("<div class=\"in-en\" lang=\"en\">"));
        o = cli("--lang", "en", "run", SMALL, "--set", "horizon=2d", "--set", "warmup=0d", "--replications", "2",
                "--out", english.toString());
        assertEquals(0, o.code(), o.err());
        html = java.nio.file.Files.readString(english.resolve("report.html"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(!html.contains("class=\"in-zh\""), "--lang en writes one language");
        cli("validate", SMALL);
        assertEquals(Messages.BILINGUAL, Messages.documents(), "a later command without --lang writes both languages again");
    }
}
