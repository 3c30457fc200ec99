package lae.train;

/**
 * One criterion of the training verdicts, as the report prints it.
 *
 * @param id   its key in {@code criteria-history.toml} (when it was set and what the reports said before)
 * @param text the criterion with its tolerances
 */
record Criterion(String id, String text) {
}
