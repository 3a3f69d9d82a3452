package org.tiercare.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The layer rules of {@link Layers} hold for tiercare's main code, and are able to fail. */
class ArchitectureTest {

    @Test
    void mainCodeKeepsItsLayersAndHasNoPackageCycle() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tiercare");
        assertTrue(main.size() > 100, "the importer found tiercare's classes");
        for (ArchRule rule : Layers.rules("org.tiercare")) rule.check(main);
    }

    /**
     * {@code fixture.tiercare} is a miniature with two faults: its model imports its loader, and its engine and
     * stats packages import each other. Both rules must report them.
     */
    @Test
    void rulesCatchAModelThatImportsTheLoaderAndACycleInTheBase() {
        JavaClasses fixture = new ClassFileImporter().importPackages("fixture.tiercare");
        var rules = Layers.rules("fixture.tiercare");
        EvaluationResult layers = rules.get(0).evaluate(fixture);
        EvaluationResult cycles = rules.get(1).evaluate(fixture);
        assertTrue(layers.hasViolation(), "layer rule should catch model -> loader");
        assertTrue(layers.getFailureReport().toString().contains("fixture.tiercare.model.Patient"), layers.getFailureReport().toString());
        assertTrue(cycles.hasViolation(), "cycle rule should catch engine <-> stats");
    }
}
