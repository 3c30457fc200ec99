package lae.train;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a long computation, shown as a console progress bar on stderr or not at all. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void stepBy(long n) {
        }

        @Override
        public void close() {
        }
    };

    void stepBy(long n);

    @Override
    void close();

    /** A progress bar on stderr (me.tongfei progressbar) counting {@code total} units. */
    static Progress bar(String task, long total, String unit) {
        ProgressBar pb = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
        return new Progress() {
            @Override
            public void stepBy(long n) {
                pb.stepBy(n);
            }

            @Override
            public void close() {
                pb.close();
            }
        };
    }
}
