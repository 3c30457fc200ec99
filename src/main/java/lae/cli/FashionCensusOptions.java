package lae.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import lae.census.FashionCensus;
import lae.model.LossKind;

/**
 * The options of census's Fashion-MNIST mode (--fashion-mnist, --data, --lanczos, --lanczos-iterations), the
 * configuration they give and the command line that reproduces a run.
 */
final class FashionCensusOptions {
    @Option(names = "--fashion-mnist", description = "instead of CONFIG: the Fashion-MNIST test-set spectrum (m = 784, k = 9, lambda = 8): exact counts and a sampled block census")
    private boolean on;

    @Option(names = "--data", description = "Fashion-MNIST directory (default: /usr/share/datasets/fashion-mnist)")
    private Path data;

    @Option(names = "--lanczos", defaultValue = "1", description = "with --fashion-mnist: components per loss cross-checked matrix-free (default: ${DEFAULT-VALUE})")
    private int lanczos;

    @Option(names = "--lanczos-iterations", defaultValue = "30", description = "with --fashion-mnist: Lanczos steps (default: ${DEFAULT-VALUE})")
    private int lanczosIterations;

    /** True when the census is the Fashion-MNIST one. */
    boolean on() {
        return on;
    }

    /** The Fashion-MNIST directory given, or null for the default one. */
    Path data() {
        return data;
    }

    /** The census configuration: these losses, a block sample of {@code sample} components per loss, this seed and the Lanczos options. */
    FashionCensus.Config config(List<LossKind> losses, int sample, long seed) {
        return FashionCensus.Config.fashionMnist(losses, sample, seed, lanczos, lanczosIterations);
    }

    /** The command line that reproduces the run with this sample and seed (printed in its report). */
    String commandLine(int sample, long seed) {
        return "./lae census --fashion-mnist --sample " + sample + " --seed " + seed + " --lanczos " + lanczos + " --lanczos-iterations " + lanczosIterations;
    }
}
