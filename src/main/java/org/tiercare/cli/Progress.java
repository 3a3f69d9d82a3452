package org.tiercare.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tiercare.experiment.Experiment;

/** A terminal progress bar on stderr (replication steps done, time left). */
final class Progress implements Experiment.Progress, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) { this.bar = bar; }

    static Progress start(String task, long steps) {
        boolean ci = System.getenv("CI") != null;
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(ci ? 5000 : 200)
                .setMaxRenderedLength(100)
                .showSpeed()
                .build();
        return new Progress(bar);
    }

    @Override
    public void step() { bar.step(); }

    @Override
    public void close() { bar.close(); }
}
