package lae.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --seed SEED}: the seed of a verb's random choices, shared by every verb that makes them. Each verb
 * keeps its own default (the seed its committed reports were made with), which it states by its annotation
 * {@link DefaultSeed}; {@link #DEFAULTS} gives it to picocli, so that --help shows it.
 */
final class SeedOption {
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
        DefaultSeed d = defaultOf(verb);
        if (d != null) {
            return d.value();
        }
        throw new IllegalStateException(verb.qualifiedName() + " takes --seed but states no default (@DefaultSeed)");
    }

    private static String defaultValue(ArgSpec arg) {
        DefaultSeed d = defaultOf(arg.command());
        return arg instanceof OptionSpec o && o.longestName().equals("--seed") && d != null ? Long.toString(d.value()) : null;
    }

    private static DefaultSeed defaultOf(CommandSpec verb) {
        Object o = verb.userObject();
        return o == null ? null : o.getClass().getAnnotation(DefaultSeed.class);
    }
}
