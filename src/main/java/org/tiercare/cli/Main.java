package org.tiercare.cli;

import java.io.PrintWriter;
import org.tiercare.report.Manifest;
import org.tiercare.report.ResultsExistException;
import org.tiercare.loader.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tiercare} command. Exit codes: 0 success, 2 bad input, 1 internal error. */
@Command(name = "tiercare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Discrete-event simulator of a gridded, tiered healthcare network (分级诊疗).",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ValidateCommand.class, WarmupCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(Main::handle);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ScenarioException se) {
            se.problems().forEach(p -> err.println(p));
            err.println(se.problems().size() + (se.problems().size() == 1 ? " problem" : " problems")
                    + " found; nothing was run.");
            return BAD_INPUT;
        }
        if (e instanceof ResultsExistException || e instanceof BadInputException) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("internal error (please report it with the command line and scenario): " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        public String[] getVersion() {
            return new String[] {"tiercare " + Manifest.toolVersion(), "Java " + System.getProperty("java.version")};
        }
    }
}
