package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.RunWarning;

/** An emergency department that queues is warned about when its doctors cannot keep up with the emergencies. */
class EmergencyWarningTest {
    private static final Path FILE = Path.of("scenarios/validation/ed-mmc.yaml");

    @Test
    void tooFewEmergencyDoctorsAreAnOverload() throws Exception {
        // 6.4 emergencies an hour × 168 h × 0.5 h = 537.6 doctor-hours a week: 2 doctors (336 h) cannot keep up.
        List<RunWarning> ws = ScenarioWarnings.check("base",
                ScenarioLoader.load(FILE, List.of("facilities.H1.emergency_department.doctors=2")));
        List<RunWarning> over = ws.stream().filter(w -> w.code().equals(RunWarning.OVERLOADED)).toList();
        assertEquals(1, over.size(), ws::toString);
        assertEquals("H1", over.get(0).scopeId());
        assertTrue(over.get(0).messageEn().contains("538") && over.get(0).messageEn().contains("336") && over.get(0).messageEn().contains("160 %"),
                over.get(0)::messageEn);
        // The scenario's 4 doctors (672 h, 80 %) keep up: nothing to say.
        assertEquals(List.of(), ScenarioWarnings.check("base", ScenarioLoader.load(FILE)));
    }
}
