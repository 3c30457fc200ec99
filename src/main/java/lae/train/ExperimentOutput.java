package lae.train;

import java.nio.file.Path;
import java.util.List;

import lae.core.ClaimResult;

/** What one experiment of {@code lae train} wrote: the report, its JSON, its figures and its verdicts. */
public record ExperimentOutput(String name, Path markdown, Path json, List<Path> figures, List<ClaimResult> results) {
}
