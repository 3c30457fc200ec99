package lae.core;

/**
 * Progress of a long computation. An engine announces each phase with {@link #phase} and counts the
 * units of a long phase with {@link #start}, {@link #step} and {@link #done}; the CLI decides how to
 * show it (a progress bar on a terminal, one line per phase otherwise, nothing with --quiet).
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void phase(String message) {
        }

        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step(long n) {
        }

        @Override
        public void done() {
        }
    };

    /** A new phase begins (one line when not on a terminal). */
    void phase(String message);

    /** A counted phase of {@code total} units begins. */
    void start(String task, long total);

    /** {@code n} more units are done. */
    void step(long n);

    /** One more unit is done. */
    default void step() {
        step(1);
    }

    /** The counted phase has ended. */
    void done();
}
