package org.tiercare.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tiercare.experiment.Experiment;

/** A terminal progress bar on stderr (replication steps done, time left). */
final class Progress implements Experiment.Progress, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) { this.bar = bar; }

    static Progress start(String task, long steps) {
        // In CI or a redirected log a bar redrawn with carriage returns becomes one endless line:
        // there, print a plain line every ten seconds instead.
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(interactive ? 200 : 10_000)
                .setMaxRenderedLength(100);
        if (!interactive) b.setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100));
        return new Progress(b.build());
    }

    @Override
    public void step() { bar.step(); }

    @Override
    public void close() { bar.close(); }
}
