package org.tiercare.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiercare init DIR [--template county|district]}: writes a commented starter scenario with its CSV
 * tables into a new or empty folder, for a planner to edit, validate and run. The templates are resources
 * under {@code org/tiercare/templates/<template>/}, copied byte for byte. A folder that already holds
 * anything is refused (exit 2), so nothing a user wrote is ever replaced. Usage help: the
 * {@code tiercare.init.*} keys of the cli bundle.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    /** The starter scenarios; the lower-case name is the option value and the resource folder. */
    enum Template { COUNTY, DISTRICT;
        String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** What every template writes, the scenario first. */
    static final List<String> FILES = List.of("scenario.yaml", "zones.csv", "facilities.csv");

    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(names = "--template", paramLabel = "county|district", defaultValue = "district")
    Template template;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir)) throw new BadInputException("error.init.notFolder", dir, suggestion(dir), template.id());
            if (!isEmpty(dir)) throw new BadInputException("error.init.notEmpty", dir, suggestion(dir), template.id());
        }
        Files.createDirectories(dir);
        for (String name : FILES) {
            String resource = "org/tiercare/templates/" + template.id() + "/" + name;
            try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
                // No REPLACE_EXISTING: a file that appeared since the check above is left alone (an error, exit 1).
                Files.copy(in, dir.resolve(name));
            }
        }
        Messages m = Messages.of("cli");
        PrintWriter out = spec.commandLine().getOut();
        Path scenario = dir.resolve(FILES.get(0));
        out.println(m.get("init.done", m.get("init.template." + template.id()), dir));
        out.println(m.get("init.next", scenario));
        out.flush();
        return Main.OK;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /**
     * A folder beside {@code dir} that does not exist yet ({@code DIR-2}, {@code DIR-3}, …), written as the user
     * wrote {@code dir} where that has a name of its own, else as an absolute path ({@code .}, {@code ..}).
     */
    static Path suggestion(Path dir) {
        Path named = dir.normalize();
        Path name = named.getFileName();
        if (name == null || name.toString().isEmpty() || name.toString().equals("..")) {
            named = dir.toAbsolutePath().normalize();
            name = named.getFileName();
        }
        String base = name == null ? "tiercare-scenario" : name.toString();
        for (int i = 2; ; i++) {
            Path p = named.resolveSibling(base + "-" + i);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
    }
}
