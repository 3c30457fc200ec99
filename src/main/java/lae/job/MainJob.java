package lae.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import lae.check.ValidatedClaimFile;
import lae.config.ClaimFile;
import lae.core.Progress;
import lae.report.ReportDocument;
import lae.symbolic.ProofDocument;
import lae.symbolic.ProofRunner;

/**
 * The main job ({@code ./lae report}): every claim file of a folder (its check report and its topology
 * report, from the same data, loaded once) and every proof script of another (on a thread of its own, beside
 * the claim files). {@link #plan} validates all the input before any work; {@link #run} computes the reports
 * and hands each to the caller, which writes or compares them, in a fixed order: per claim file (sorted by
 * file name) its check report, then its topology report; then each proof script's report (sorted by file
 * name), then the proof index.
 */
public final class MainJob {
    private MainJob() {
    }

    /**
     * The validated input of a run.
     *
     * @param claimFiles the claim files, sorted by file name, with their data
     * @param scripts    the proof scripts, sorted by file name (none when proofs are skipped)
     */
    public record Plan(List<ValidatedClaimFile> claimFiles, List<Path> scripts) {
        /** Copies the lists. */
        public Plan {
            claimFiles = List.copyOf(claimFiles);
            scripts = List.copyOf(scripts);
        }
    }

    /**
     * What a run computed.
     *
     * @param reports      the check and proof-script reports (the topology reports and the proof index besides)
     * @param proofScripts the proof scripts run
     * @param seconds      the wall time of the run
     */
    public record Summary(int reports, int proofScripts, double seconds) {
    }

    /**
     * Validates the main job's input before any work: every {@code *.toml} in {@code checks} (parsed, then
     * validated together: {@link ValidatedClaimFile#forChecks}, partial formulas to {@code warn}) and every
     * {@code *.m} in {@code proofs} (read; none when {@code proofs} is null or not a folder). Bad input is an
     * {@link lae.core.InputException}.
     */
    public static Plan plan(Path checks, Path proofs, boolean force, Consumer<String> warn) {
        List<ClaimFile> files;
        try (Stream<Path> s = Files.list(checks)) {
            files = s.filter(p -> p.toString().endsWith(".toml")).sorted().map(ClaimFile::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ValidatedClaimFile> validated = ValidatedClaimFile.forChecks(files, force, warn);
        List<Path> scripts = proofs == null || !Files.isDirectory(proofs) ? List.of() : ProofRunner.scripts(proofs);
        scripts.forEach(ProofRunner::readScript);
        return new Plan(validated, scripts);
    }

    /** Computes every report of {@code plan}, handing each to {@code reports} in the order of the class comment. */
    public static Summary run(Plan plan, Progress progress, Consumer<ReportDocument> reports) {
        long t0 = System.nanoTime();
        ProofThread proofs = null;
        if (!plan.scripts().isEmpty()) {
            progress.phase("running " + plan.scripts().size() + " proof scripts in " + plan.scripts().get(0).getParent()
                    + " (beside the claim files)");
            proofs = ProofThread.start(plan.scripts(), progress);
        }
        int count = 0;
        for (ValidatedClaimFile file : plan.claimFiles()) {
            reports.accept(ClaimFileReports.check(file, progress));
            reports.accept(ClaimFileReports.topology(file.file(), file.data()));
            count++;
        }
        int scripts = 0;
        if (proofs != null) {
            List<ProofRunner.ScriptResult> results = proofs.join();
            progress.phase("proof scripts done");
            for (ProofRunner.ScriptResult r : results) {
                reports.accept(ProofDocument.of(r));
                count++;
            }
            reports.accept(ProofDocument.index(results));
            scripts = results.size();
        }
        return new Summary(count, scripts, (System.nanoTime() - t0) / 1e9);
    }
}
