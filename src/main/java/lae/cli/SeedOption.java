package lae.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --seed SEED}: the seed of a verb's random choices, shared by every verb that makes them. Each verb
 * keeps its own default (the seed its committed reports were made with), which it states by implementing
 * {@link Default}; {@link #DEFAULTS} gives it to picocli, so that --help shows it.
 */
final class SeedOption {
    /** A verb that takes --seed, and its default. */
    interface Default {
        /** The seed when --seed is not given. */
        long defaultSeed();
    }

    /** The default-value provider of the {@code lae} command: --seed's default is the verb's own. */
    static final IDefaultValueProvider DEFAULTS = SeedOption::defaultValue;

    @Option(names = "--seed", paramLabel = "SEED", description = "seed of every random choice; reports print it (default: ${DEFAULT-VALUE})")
    private long seed;

    /** The seed given, or the verb's default. */
    long value() {
        return seed;
    }

    private static String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec o && o.longestName().equals("--seed") && arg.command().userObject() instanceof Default d) {
            return Long.toString(d.defaultSeed());
        }
        return null;
    }
}
