package lae.check;

/**
 * The running count of one check over its cases: how many were tested, how many contradicted the claim,
 * the worst residual among them (0 before any) and the latest counterexample named (checks that want the
 * smallest one use {@link SmallestCounterexample}). A check fills it while it walks its measurements
 * (also from inside a lambda, which cannot change a local count) and reads it for the verdict.
 */
final class CaseTally {
    private int cases;
    private int failed;
    private double worst;
    private String counterexample;

    /** One more case tested. */
    void count() {
        cases++;
    }

    /** One more case tested, with this residual (the worst one is kept). */
    void count(double residual) {
        cases++;
        residual(residual);
    }

    /** The residual of a case already counted (the worst one is kept). */
    void residual(double residual) {
        worst = Math.max(worst, residual);
    }

    /** One more case that contradicts the claim. */
    void fail() {
        failed++;
    }

    /** One more case that contradicts the claim, described by {@code witness} (the latest one is kept). */
    void fail(String witness) {
        failed++;
        counterexample = witness;
    }

    /** How many cases were tested. */
    int cases() {
        return cases;
    }

    /** How many cases contradict the claim. */
    int failed() {
        return failed;
    }

    /** The latest counterexample named by {@link #fail(String)}, or null. */
    String counterexample() {
        return counterexample;
    }

    /** The worst residual over the cases (0 before any). */
    double worst() {
        return worst;
    }
}
