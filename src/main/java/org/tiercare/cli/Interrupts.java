package org.tiercare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a command simulates: the command's thread is interrupted, the replications
 * that finished are written, their path printed, and the command returns 130 (SIGINT) or 143 (SIGTERM), the
 * shell's 128 + signal number.
 *
 * <p>How: handlers for INT and TERM through {@code sun.misc.Signal} (module jdk.unsupported, in every JDK 17), so
 * the signal does not start the JVM's shutdown and the command ends normally, printing and exiting with the code
 * it chooses. A second signal while the first is being handled ends the process at once (the staging folder it
 * leaves is cleaned by the next run). Where those handlers are refused but the JVM still runs shutdown hooks on a
 * signal, a hook interrupts the command instead and waits (up to two minutes) until it has written and printed; the
 * exit code is then the JVM's own for the signal, which is also 130 or 143. (With {@code -Xrs} the JVM leaves signals
 * to the system, which ends the process at once; the next run cleans up after it as after {@code kill -9}. A signal
 * ignored when the JVM started stays ignored.)
 *
 * <p>The thread is interrupted only while it simulates ({@link #simulating()} … {@link #writing()}): before,
 * claiming the folder uses interruptible file channels; after, the files are being written. A signal outside that
 * window is remembered and acted on at the next step.
 */
final class Interrupts implements AutoCloseable {
    static final int SIGINT_EXIT = 130;
    static final int SIGTERM_EXIT = 143;

    /** The hook of a JVM shutting down waits for this (released by {@link Main#execute} once all is printed). */
    private static final AtomicReference<CountDownLatch> PENDING = new AtomicReference<>();

    private enum Phase { SETUP, SIMULATING, WRITING }

    private final Thread worker;
    private volatile String signal;
    private Phase phase = Phase.SETUP;
    private final List<Object[]> previous = new ArrayList<>();
    private Thread hook;
    private final CountDownLatch printed = new CountDownLatch(1);

    private Interrupts(Thread worker) { this.worker = worker; }

    /** Starts handling INT and TERM for the calling thread's command. */
    static Interrupts install() {
        Interrupts in = new Interrupts(Thread.currentThread());
        if (!in.installSignalHandlers()) in.installShutdownHook();
        return in;
    }

    private boolean installSignalHandlers() {
        try {
            for (String name : new String[] {"INT", "TERM"}) {
                sun.misc.Signal s = new sun.misc.Signal(name);
                sun.misc.SignalHandler old = sun.misc.Signal.handle(s, sig -> {
                    if (signal != null) Runtime.getRuntime().halt(code(signal)); // a second Ctrl-C: stop now
                    raise(name);
                });
                previous.add(new Object[] {s, old});
            }
            return true;
        } catch (IllegalArgumentException | LinkageError | SecurityException unavailable) {
            restoreSignalHandlers();
            return false;
        }
    }

    private void installShutdownHook() {
        hook = new Thread(() -> {
            PENDING.set(printed);
            raise("INT");
            try {
                printed.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "tiercare-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What a signal handler does (tests call it to play Ctrl-C): remember it, and stop the simulation if one runs. */
    synchronized void raise(String name) {
        if (signal == null) signal = name;
        if (phase == Phase.SIMULATING) worker.interrupt();
    }

    /** The simulation starts: from now on a signal interrupts it (at once, if one already came). */
    synchronized void simulating() {
        phase = Phase.SIMULATING;
        if (signal != null) worker.interrupt();
    }

    /** The simulation is over and files are about to be written: signals are only remembered again. */
    void writing() {
        synchronized (this) {
            phase = Phase.WRITING;
        }
        Thread.interrupted(); // one that came just before, after the last replication finished
    }

    boolean interrupted() { return signal != null; }

    /** 130 for SIGINT, 143 for SIGTERM (or 130 when no signal came: a test interrupting the thread directly). */
    int exitCode() { return code(signal); }

    private static int code(String signal) { return "TERM".equals(signal) ? SIGTERM_EXIT : SIGINT_EXIT; }

    /** Puts the JVM's own handling back (a command's handlers live only as long as it runs). */
    @Override
    public void close() {
        restoreSignalHandlers();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs and waits for the latch; Main.execute releases it after the last line is printed.
            }
        }
    }

    private void restoreSignalHandlers() {
        for (Object[] p : previous) sun.misc.Signal.handle((sun.misc.Signal) p[0], (sun.misc.SignalHandler) p[1]);
        previous.clear();
    }

    /** Lets a JVM shutting down on a signal (the shutdown-hook path) exit: everything has been printed. */
    static void releaseShutdown() {
        CountDownLatch l = PENDING.getAndSet(null);
        if (l != null) l.countDown();
    }
}
