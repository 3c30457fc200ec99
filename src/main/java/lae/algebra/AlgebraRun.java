package lae.algebra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

import lae.core.Progress;
import lae.report.ReportDocument;

/**
 * One claim file through the engine: every loss at every lambda ({@link AlgebraEngine#analyze}), then the report
 * ({@link AlgebraReport}). Where Singular is absent, every landscape says so (status ABSENT) and every verdict is
 * INCONCLUSIVE with strength none and the install line; nothing else is skipped.
 */
public final class AlgebraRun {
    private AlgebraRun() {
    }

    /** The landscapes of {@code file}: losses in the file's order, each at every lambda. */
    public static List<LossLandscape> landscapes(AlgebraClaimFile file, Progress progress) {
        List<LossLandscape> out = new ArrayList<>();
        for (String loss : file.model.losses()) {
            for (BigFraction lambda : file.model.lambdas()) {
                out.add(AlgebraEngine.analyze(file.member(loss, lambda), file.data, file.options(), progress));
            }
        }
        return out;
    }

    /** The report of {@code file}, with the command that reproduces it. */
    public static ReportDocument document(AlgebraClaimFile file, Progress progress) {
        return AlgebraReport.document(file, command(file.path), landscapes(file, progress));
    }

    /** "./lae algebra checks/algebra/NAME.toml" with the path as given, relative where possible, '/' separated. */
    public static String command(Path claimFile) {
        Path p = claimFile;
        Path cwd = Path.of("").toAbsolutePath();
        if (p.isAbsolute() && p.startsWith(cwd)) {
            p = cwd.relativize(p);
        }
        return "./lae algebra " + p.toString().replace('\\', '/');
    }
}
