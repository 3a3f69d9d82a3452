package org.tiercare.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layers of tiercare and who may use whom, from the bottom up:
 * <ol>
 *   <li>base: engine, random, dist, stats, outreach — simulation machinery that knows nothing of health care;</li>
 *   <li>vocabulary: scenario (the records the model reads), metric (the registry), text (message bundles);</li>
 *   <li>loader (the YAML/CSV plug that builds scenarios) and model (the simulation), side by side and blind to each other;</li>
 *   <li>report: CSV, charts, HTML and results folders, from rows of numbers — it never sees the model;</li>
 *   <li>experiment: replications, variants and studies, which run the model and hand rows to report;</li>
 *   <li>cli and bench: the commands.</li>
 * </ol>
 * Written against a root package so that {@code ArchitectureTest} can also check that a fixture that breaks
 * a rule is caught.
 */
final class Layers {
    private Layers() {}

    static List<ArchRule> rules(String root) {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("base").definedBy(root + ".engine..", root + ".random..", root + ".dist..", root + ".stats..",
                        root + ".outreach..")
                .layer("vocabulary").definedBy(root + ".scenario..", root + ".metric..", root + ".text..")
                .layer("loader").definedBy(root + ".loader..")
                .layer("model").definedBy(root + ".model..")
                .layer("report").definedBy(root + ".report..")
                .layer("experiment").definedBy(root + ".experiment..")
                .layer("commands").definedBy(root + ".cli..", root + ".bench..")
                .whereLayer("commands").mayNotBeAccessedByAnyLayer()
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("commands")
                .whereLayer("report").mayOnlyBeAccessedByLayers("experiment", "commands")
                .whereLayer("model").mayOnlyBeAccessedByLayers("experiment")
                .whereLayer("loader").mayOnlyBeAccessedByLayers("experiment", "commands")
                .whereLayer("vocabulary").mayOnlyBeAccessedByLayers("loader", "model", "report", "experiment", "commands")
                .because("layers only point down, and the model never sees the file format (see docs/architecture.md)");
        ArchRule noCycles = slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a package cycle makes two packages one; the bottom layer must stand alone");
        return List.of(layers, noCycles);
    }
}
