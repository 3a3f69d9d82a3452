package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tiercare.cli.InitCommand.Template;
import org.tiercare.cli.RunCommandTest.Outcome;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/** {@code tiercare init}: both templates load without a problem and run; an occupied folder is refused untouched. */
class InitCommandTest {
    @TempDir
    Path tmp;

    private static Outcome cli(String... args) { return RunCommandTest.cli(args); }

    @ParameterizedTest
    @EnumSource(Template.class)
    void eachTemplateIsAValidScenarioThatRuns(Template template) throws Exception {
        Path dir = tmp.resolve("my-" + template.id());
        Outcome init = cli("init", dir.toString(), "--template", template.id());
        assertEquals(0, init.code(), init.err());
        for (String f : InitCommand.FILES) assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        Path file = dir.resolve("scenario.yaml");
        assertTrue(init.out().contains("tiercare validate " + file), init.out());

        Scenario s = ScenarioLoader.load(file); // throws, listing them, on any problem
        assertEquals(List.of(), s.arrivals(), "demand-driven, through the care pathway");
        assertTrue(s.zones().size() > 1);
        assertEquals(0, cli("validate", file.toString()).code());

        Path out = tmp.resolve("results-" + template.id());
        Outcome run = cli("run", file.toString(), "--set", "horizon=7d", "--set", "warmup=0d", "--replications", "2",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"replications_completed\" : 2"));
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("network,all,visits,"));
    }

    /** What the brief asks of the county: a 医共体 of about 500 k residents led by the county hospital. */
    @Test
    void countyIsOneMedicalCommunityOfHalfAMillionWithTownshipsAndVillages() throws Exception {
        Scenario s = initAndLoad(Template.COUNTY);
        assertEquals(500_000, residents(s));
        Map<Tier, Long> tiers = tiers(s);
        assertEquals(2, tiers.get(Tier.SECONDARY), "county people's hospital and TCM hospital: " + tiers);
        assertEquals(12, tiers.get(Tier.TOWNSHIP), tiers.toString());
        assertEquals(12, tiers.get(Tier.VILLAGE), "one row per township's village clinics: " + tiers);
        LayoutSpec layout = layout(s);
        assertEquals(1, layout.grids().size());
        GridSpec county = layout.grids().get(0);
        assertEquals("H1", county.lead());
        assertEquals(s.zones().size(), county.zones().size(), "the community covers the whole county");
        assertEquals(Tier.SECONDARY, s.facility("H1").orElseThrow().tier());
    }

    /** ... and of the district: about 800 k residents, two groups each led by a tertiary hospital. */
    @Test
    void districtHasTwoGroupsLedByTertiaryHospitals() throws Exception {
        Scenario s = initAndLoad(Template.DISTRICT);
        assertEquals(800_000, residents(s));
        Map<Tier, Long> tiers = tiers(s);
        assertEquals(2, tiers.get(Tier.TERTIARY), tiers.toString());
        assertEquals(2, tiers.get(Tier.SECONDARY), tiers.toString());
        assertEquals(10, tiers.get(Tier.COMMUNITY), tiers.toString());
        List<GridSpec> grids = layout(s).grids();
        assertEquals(2, grids.size());
        for (GridSpec g : grids) {
            assertEquals(Tier.TERTIARY, s.facility(g.lead()).orElseThrow().tier(), g.id());
            assertTrue(g.members().stream().anyMatch(m -> s.facility(m).orElseThrow().tier() == Tier.SECONDARY), g.id());
        }
    }

    /** The scenario file speaks to both readers: comments in Chinese and in English, durations with their unit. */
    @ParameterizedTest
    @EnumSource(Template.class)
    void commentsAreInBothLanguagesAndDurationsCarryUnits(Template template) throws Exception {
        Path dir = tmp.resolve("c-" + template.id());
        assertEquals(0, cli("init", dir.toString(), "--template", template.id()).code());
        List<String> lines = Files.readAllLines(dir.resolve("scenario.yaml"), StandardCharsets.UTF_8);
        List<String> comments = lines.stream().filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
        assertTrue(comments.stream().anyMatch(c -> c.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)));
        assertTrue(comments.stream().anyMatch(c -> c.contains(" the ")));
        for (String key : List.of("warmup:", "horizon:", "local_access:", "interval:", "session:")) {
            String line = lines.stream().filter(l -> l.strip().startsWith(key) || l.contains(" " + key)).findFirst().orElseThrow(() -> new AssertionError(key));
            String value = line.substring(line.indexOf(key) + key.length()).split("[#,}]")[0].strip();
            assertTrue(value.matches("[0-9.]+ (min|h|d)"), key + " '" + value + "' has no unit");
        }
    }

    @Test
    void aFolderWithAnythingInItIsRefusedAndLeftAsItWas() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Path note = Files.writeString(dir.resolve("notes.txt"), "my own notes\n");
        Outcome o = cli("init", dir.toString(), "--template", "county");
        assertEquals(2, o.code(), o.out() + o.err());
        assertTrue(o.err().contains(dir + " already exists and is not empty"), o.err());
        assertTrue(o.err().contains("tiercare init " + tmp.resolve("mine-2") + " --template county"), o.err());
        assertFalse(o.err().contains("at org.tiercare"), "no stack trace: " + o.err());
        assertEquals(List.of(note), Files.list(dir).toList(), "nothing added");
        assertArrayEquals("my own notes\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(note));

        // A file where the folder should be is refused too, and the suggestion skips names already taken.
        Files.createDirectories(tmp.resolve("mine-2"));
        Path file = Files.writeString(tmp.resolve("plan.yaml"), "name: mine\n");
        Outcome f = cli("init", file.toString());
        assertEquals(2, f.code());
        assertTrue(f.err().contains("is not a folder"), f.err());
        assertEquals("name: mine\n", Files.readString(file));
        assertEquals(tmp.resolve("mine-3"), InitCommand.suggestion(dir));
    }

    @Test
    void anEmptyFolderIsFilledAndAnUnknownTemplateIsBadInput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, cli("init", empty.toString()).code());
        assertEquals(InitCommand.FILES.stream().sorted().toList(),
                Files.list(empty).map(p -> p.getFileName().toString()).sorted().toList());
        Outcome bad = cli("init", tmp.resolve("x").toString(), "--template", "city");
        assertEquals(2, bad.code());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void suggestionForTheCurrentFolderIsAnAbsoluteSibling() {
        Path here = Path.of("").toAbsolutePath();
        Path s = InitCommand.suggestion(Path.of("."));
        assertTrue(s.isAbsolute(), s.toString());
        assertEquals(here.getParent(), s.getParent());
        assertTrue(s.getFileName().toString().startsWith(here.getFileName() + "-"), s.toString());
    }

    private Scenario initAndLoad(Template t) throws Exception {
        Path dir = tmp.resolve("load-" + t.id());
        assertEquals(0, cli("init", dir.toString(), "--template", t.id()).code());
        return ScenarioLoader.load(dir.resolve("scenario.yaml"));
    }

    private static long residents(Scenario s) { return s.zones().stream().mapToLong(ZoneSpec::residents).sum(); }

    private static Map<Tier, Long> tiers(Scenario s) {
        return s.facilities().stream().collect(Collectors.groupingBy(FacilitySpec::tier, TreeMap::new, Collectors.counting()));
    }

    private static LayoutSpec layout(Scenario s) {
        return s.layouts().stream().filter(l -> l.id().equals(s.layout())).findFirst().orElseThrow();
    }
}
