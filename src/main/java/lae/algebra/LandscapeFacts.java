package lae.algebra;

import java.util.ArrayList;
import java.util.List;

/**
 * What the verdicts need from a {@link LossLandscape}: which components have real points, which of those are off
 * every predicted Table-1 family or not symmetric, which predicted index sets are realised, and whether the engine's
 * own cross-checks passed (every component contains the computed ideal; for the complex decomposition, every
 * Table-1 point, checked critical in Java, lies on a listed component of its index set).
 */
final class LandscapeFacts {
    final LossLandscape landscape;
    final List<Component> real = new ArrayList<>();
    final List<Component> undecided = new ArrayList<>();
    final List<Component> offTable = new ArrayList<>();
    final List<Component> realAsymmetric = new ArrayList<>();
    final List<Component> realSymmetryUnknown = new ArrayList<>();
    final List<Component> undecidedNotSymmetric = new ArrayList<>();
    final List<List<Integer>> predicted = new ArrayList<>();
    final List<List<Integer>> missing = new ArrayList<>();
    final List<String> inconsistencies = new ArrayList<>();

    LandscapeFacts(LossLandscape l) {
        this.landscape = l;
        for (LossLandscape.TableOneCheck t : l.tableOne()) {
            if (t.real()) {
                predicted.add(t.indexSet());
                if (!t.critical()) {
                    inconsistencies.add("the Table-1 point of I = " + Component.setText(t.indexSet()) + " is not critical (exact gradient)");
                }
                if (Boolean.FALSE.equals(t.onComponent())) {
                    inconsistencies.add("the Table-1 point of I = " + Component.setText(t.indexSet()) + " (critical) lies on no listed component of that index set");
                }
            }
        }
        for (Component c : l.components()) {
            if (!c.critical()) {
                inconsistencies.add("a component (" + c.piece() + ", dimension " + c.dimension() + ") does not contain every generator of the computed ideal");
            }
            switch (c.realPoints().status()) {
                case YES -> {
                    real.add(c);
                    if (c.indexSet() == null || !predicted.contains(c.indexSet())) {
                        offTable.add(c);
                    }
                    if (Boolean.FALSE.equals(c.symmetric())) {
                        realAsymmetric.add(c);
                    } else if (c.symmetric() == null) {
                        realSymmetryUnknown.add(c);
                    }
                }
                case UNDECIDED -> {
                    undecided.add(c);
                    if (!Boolean.TRUE.equals(c.symmetric())) {
                        undecidedNotSymmetric.add(c);
                    }
                }
                default -> {
                }
            }
        }
        for (List<Integer> set : predicted) {
            if (real.stream().noneMatch(c -> set.equals(c.indexSet()))) {
                missing.add(set);
            }
        }
    }

    boolean complete() {
        return landscape.status() == LossLandscape.Status.COMPLETE;
    }

    /** Every real point symmetric: true, false (a certified asymmetric real point), or null (not decided). */
    Boolean symmetric() {
        if (realAsymmetric.stream().anyMatch(c -> c.dimension() == 0)) {
            return false;
        }
        if (!realAsymmetric.isEmpty() || !realSymmetryUnknown.isEmpty() || !undecidedNotSymmetric.isEmpty()) {
            return null;
        }
        return true;
    }

    /** A zero-dimensional real component that is not symmetric (a certified counterexample), or null. */
    Component asymmetricWitness() {
        return realAsymmetric.stream().filter(c -> c.dimension() == 0).findFirst().orElse(null);
    }

    /** "3 components (2 with real points)". */
    String census() {
        return landscape.components().size() + " components of " + (landscape.strategy() == AlgebraEngine.Strategy.COMPLEX
                ? "the complex critical variety" : "the real slices") + ", " + real.size() + " with real points";
    }

    /** One line about a component for a counterexample. */
    static String describe(Component c) {
        return "component (" + c.piece() + ", dimension " + c.dimension() + ", degree " + c.degree() + ", W2 W1 diagonal "
                + (c.productDiagonal() == null ? "not constant" : String.join(", ", c.productDiagonal())) + ") with "
                + (c.realPoints().count() == null ? "real points" : c.realPoints().count() + " real points") + " (" + c.realPoints().certificate() + ")";
    }

    /** The index sets of the real components, in order ("{}, {1}, {2}, {1, 2}"). */
    String realIndexSets() {
        List<String> out = new ArrayList<>();
        for (List<Integer> set : predicted) {
            if (!missing.contains(set)) {
                out.add(Component.setText(set));
            }
        }
        return String.join(", ", out);
    }
}
