package org.tiercare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tiercare.text.Messages;

/**
 * The scenario {@code run} and {@code warmup} use when given none: {@code scenarios/demo-district.yaml} in
 * the working directory (the repository's copy, as always), else the copy of the same file that the build
 * puts inside the jar ({@code pom.xml}: {@code scenarios/} becomes {@code tiercare/scenarios/}).
 *
 * <p>The bundled copy is extracted byte for byte, with the CSV file it reads, into a new temporary folder
 * rather than read from the classpath: the loader resolves CSV paths against the YAML file's folder and the
 * manifest records a file path and the SHA-256 of the bytes read, so a real file identical to the
 * repository's gives the same hash. The folder is left in place so that the path printed on the console and
 * written in the manifest can still be opened after the run.
 */
final class DemoScenario {
    private DemoScenario() {}

    /** Where the demo lies relative to the working directory (the repository root). */
    static final String PATH = "scenarios/demo-district.yaml";

    /** Where the build copies the repository's {@code scenarios/} folder in the jar. */
    static final String BUNDLED_ROOT = "tiercare/scenarios/";

    /**
     * The demo first, then every file it reads, relative to {@code scenarios/}. When the demo reads a new CSV
     * file, add it here ({@code DemoScenarioTest} loads the extracted copy, so a missing one fails).
     */
    static final List<String> FILES = List.of("demo-district.yaml", "data/demo-zones.csv");

    /** The scenario file to run, and whether it is an extracted copy of the bundled demo. */
    record Located(Path file, boolean bundled) {}

    /**
     * The working directory's demo if it has one (the path given relative, as a user would type it, when
     * {@code workingDir} is the empty path); else the bundled demo extracted into a new folder created in
     * {@code tempRoot} ({@code null}: the system's temporary folder).
     */
    static Located locate(Path workingDir, Path tempRoot) throws IOException {
        Path local = workingDir.resolve(PATH);
        if (Files.isRegularFile(local)) return new Located(local, false);
        Path dir = tempRoot == null ? Files.createTempDirectory("tiercare-demo-")
                : Files.createTempDirectory(tempRoot, "tiercare-demo-");
        return new Located(extract(dir), true);
    }

    /** Copies the bundled demo and its CSV files into {@code dir}; returns the YAML file. Never replaces a file. */
    static Path extract(Path dir) throws IOException {
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = DemoScenario.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + name)) {
                // A jar without them was not built by `mvn package`: a fault of the build, not of the user.
                if (in == null) throw new IllegalStateException(BUNDLED_ROOT + name + " is missing from the classpath");
                Files.copy(in, target);
            }
        }
        return dir.resolve(FILES.get(0));
    }

    /** The demo for a command run from the process's working directory, saying on {@code out} which file it is. */
    static Path forCommand(PrintWriter out) throws IOException {
        Located demo = locate(Path.of(""), null);
        Messages m = Messages.of("cli");
        out.println(demo.bundled() ? m.get("demo.bundled", PATH, demo.file().toAbsolutePath()) : m.get("demo.local", demo.file()));
        out.flush();
        return demo.file();
    }
}
