package lae.train;

/** A trained run as the training verdicts see it: its seed, and the conditions a counterexample names. */
interface SeedRun {
    /** The Adam seed (initialisation and shuffling). */
    long seed();

    /** What a counterexample from this run names before its figures: the sizes, the schedule, the seed. */
    String conditions();
}
