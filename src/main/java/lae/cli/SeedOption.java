package lae.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    private Long seed;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec verb;

    /** The seed given, or the verb's default (also when the verb was built without {@link #DEFAULTS}). */
    long value() {
        if (seed != null) {
            return seed;
        }
        if (verb.userObject() instanceof Default d) {
            return d.defaultSeed();
        }
        throw new IllegalStateException(verb.qualifiedName() + " takes --seed but states no default (SeedOption.Default)");
    }

    private static String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec o && o.longestName().equals("--seed") && arg.command().userObject() instanceof Default d) {
            return Long.toString(d.defaultSeed());
        }
        return null;
    }
}
