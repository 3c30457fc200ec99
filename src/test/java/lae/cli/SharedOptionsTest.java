package lae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that several verbs share are spelled once (one mixin each: the same names and description in
 * every verb), the old spellings are gone, and --seed keeps each verb's own default (the seed its committed
 * reports were made with).
 */
class SharedOptionsTest {
    static final List<String> SHARED = List.of("--out", "--quiet", "--seed", "--force", "--proofs", "--grid");

    @Test
    void everySharedOptionIsDeclaredOnceForAllVerbs() {
        Map<String, OptionSpec> first = new HashMap<>();
        for (CommandLine c : BadInputTest.allCommands(Lae.commandLine())) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                assertThat(o.names()).as(c.getCommandName()).doesNotContain("--reports", "--no-progress");
                if (SHARED.contains(o.longestName())) {
                    OptionSpec seen = first.putIfAbsent(o.longestName(), o);
                    if (seen != null) {
                        assertThat(o.names()).as(c.getCommandName() + " " + o.longestName()).containsExactly(seen.names());
                        assertThat(withoutDefault(o)).as(c.getCommandName() + " " + o.longestName()).isEqualTo(withoutDefault(seen));
                    }
                }
            }
        }
        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(SHARED);
    }

    /** The description apart from the default it shows (--seed's is the verb's own). */
    static String withoutDefault(OptionSpec o) {
        return String.join(" ", o.description()).replaceAll("\\(default: [^)]*\\)", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"census, 7", "explore synthetic, 1", "train, 0", "bench explore, 1"})
    void eachVerbKeepsItsOwnSeed(String verb, long seed) {
        assertThat(seedOf(verb)).isEqualTo(seed);
        assertThat(seedOf(verb, "--seed", "42")).isEqualTo(42);
    }

    @Test
    void aVerbBuiltOnItsOwnKeepsItsSeedToo() {
        assertThat(seedOf(new CommandLine(new CensusCommand()), "census")).isEqualTo(7);
    }

    static long seedOf(String verb, String... extra) {
        return seedOf(Lae.commandLine(), verb, extra);
    }

    static long seedOf(CommandLine cl, String verb, String... extra) {
        List<String> args = new ArrayList<>(List.of(verb.split(" ")));
        if (!cl.getCommandName().equals("lae")) {
            args.remove(0);
        }
        args.addAll(List.of(extra));
        List<CommandLine> parsed = cl.parseArgs(args.toArray(String[]::new)).asCommandLineList();
        Object command = parsed.get(parsed.size() - 1).getCommand();
        for (Field f : command.getClass().getDeclaredFields()) {
            if (f.getType() == SeedOption.class) {
                try {
                    f.setAccessible(true);
                    return ((SeedOption) f.get(command)).value();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError(verb + " has no --seed");
    }
}
