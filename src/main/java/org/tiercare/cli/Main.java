package org.tiercare.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tiercare.loader.ScenarioException;
import org.tiercare.report.Manifest;
import org.tiercare.report.ResultsExistException;
import org.tiercare.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tiercare} command. Exit codes (README "Exit codes", and the footer of every usage help): 0 success;
 * 2 the input or request is wrong or refused; 3 the environment failed (cannot write, disk full, no permission, out
 * of memory); 130 / 143 interrupted by SIGINT / SIGTERM ({@link Interrupts}); 1 only for a defect in tiercare.
 *
 * <p>Every sentence it prints, the usage help included, comes from the {@code cli} message bundle
 * ({@code org/tiercare/text/cli.properties} and {@code cli_zh.properties}) in the language of
 * {@code --lang}.
 */
@Command(name = "tiercare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = Main.BUNDLE,
        subcommands = {InitCommand.class, RunCommand.class, CompareCommand.class, SweepCommand.class, OptimiseCommand.class, MergeCommand.class, ValidateCommand.class,
                WarmupCommand.class, MetricsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int ENVIRONMENT = 3;

    /** The cli bundle; picocli reads the usage help from it, {@link Messages#of(String)} the other sentences. */
    static final String BUNDLE = "org.tiercare.text.cli";

    @Spec
    CommandSpec spec;

    /**
     * {@code --lang zh|en}, before or after the subcommand. The language is already chosen by
     * {@link #languageOf} before parsing (the usage help needs it); this checks the value.
     */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang", scope = ScopeType.INHERIT)
    void setLanguage(String tag) {
        Locale locale = language(tag);
        if (locale == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.of("cli").get("error.lang", tag));
        }
        Messages.setCurrent(locale);
        Messages.setDocuments(locale);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Locale locale = languageOf(args);
        Messages.setCurrent(locale);
        Messages.setDocuments(chosenLanguage(args));
        CommandLine cmd = commandLine(locale);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(Main::handle);
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; an Error (also one from a replication thread, which
            // Experiment rethrows here) comes out of execute. The simulation's memory is unreachable by now.
            err.println(Messages.of("cli").get("error", Failures.memory(Messages.of("cli"))));
            code = ENVIRONMENT;
        } catch (Error e) {
            err.println(Messages.of("cli").get("error.internal", e));
            e.printStackTrace(err);
            code = INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
            Interrupts.releaseShutdown();
        }
        return code;
    }

    /** The command tree with its usage help in a language. */
    static CommandLine commandLine(Locale locale) {
        CommandLine cmd = new CommandLine(new Main());
        // picocli would resolve the bundle in the JVM's locale (and fall back to it); the help follows --lang.
        cmd.setResourceBundle(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /**
     * The language a command line asks for with {@code --lang X} or {@code --lang=X} anywhere before
     * {@code --}; otherwise (or if X is neither zh nor en, which parsing then reports)
     * {@link Messages#defaultLocale()}.
     */
    static Locale languageOf(String[] args) {
        Locale chosen = chosenLanguage(args);
        return chosen != null ? chosen : Messages.defaultLocale();
    }

    /**
     * The language the user chose, by {@code --lang} (see {@link #languageOf}) or {@code TIERCARE_LANG}; null
     * when neither says, and report and charts are then written in both languages.
     */
    static Locale chosenLanguage(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            String value = a.equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : a.startsWith("--lang=") ? a.substring("--lang=".length()) : null;
            if (value != null) {
                Locale l = language(value);
                return l != null ? l : Messages.chosenLocale();
            }
        }
        return Messages.chosenLocale();
    }

    /** zh (zh-CN, zh_TW, …) or en (en-GB, …); null for anything else. */
    private static Locale language(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) return Messages.parse(t);
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) return Messages.parse(t);
        return null;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Messages m = Messages.of("cli");
        if (e instanceof ScenarioException se) {
            se.problems().forEach(p -> err.println(p));
            err.println(m.get("error.problems", se.problems().size()));
            return BAD_INPUT;
        }
        if (e instanceof ResultsExistException re) {
            err.println(m.get("error", Failures.refused(m, re)));
            return BAD_INPUT;
        }
        if (e instanceof BadInputException) {
            err.println(m.get("error", e.getMessage()));
            return BAD_INPUT;
        }
        if (e instanceof InterruptedRun ir) {
            err.println(m.get("interrupted.nothing", Execution.signalName(ir.code())));
            return ir.code();
        }
        if (e instanceof EnvironmentException ee) {
            err.println(m.get("error", Failures.environment(m, ee.path(), ee.getCause())));
            return ENVIRONMENT;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            // A write or read outside a results folder (the demo's extraction, init's files): the system names the path.
            Throwable io = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            String file = io instanceof java.nio.file.FileSystemException fs ? fs.getFile() : null;
            err.println(m.get("error", Failures.environment(m, file == null ? java.nio.file.Path.of(".").toAbsolutePath()
                    : java.nio.file.Path.of(file), io)));
            return ENVIRONMENT;
        }
        err.println(m.get("error.internal", e));
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        public String[] getVersion() {
            return new String[] {"tiercare " + Manifest.toolVersion(), "Java " + System.getProperty("java.version")};
        }
    }
}
