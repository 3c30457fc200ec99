package lae.cli;

import picocli.CommandLine.Option;

import lae.core.InputException;
import lae.explore.SyntheticExplorer;

/** {@code --grid}: the synthetic explorer's grid, full or small, shared by the verbs that run the explorer. */
final class GridOption {
    @Option(names = "--grid", defaultValue = "full", description = "grid of the synthetic explorer (explore synthetic, bench explore): full or small (default ${DEFAULT-VALUE})")
    private String grid;

    /** The grid's name, checked before any work (an input error naming --grid if it is neither full nor small). */
    String name() {
        if (!"full".equals(grid) && !"small".equals(grid)) {
            throw InputException.field("command line", "--grid", grid, "full, small");
        }
        return grid;
    }

    /** The grid, with its data drawn from {@code seed}. */
    SyntheticExplorer.Grid of(long seed) {
        return SyntheticExplorer.grid(name(), seed);
    }
}
