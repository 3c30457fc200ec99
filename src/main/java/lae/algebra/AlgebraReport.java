package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.report.JsonRenderer;
import lae.report.ReportDocument;

/**
 * The report of {@code ./lae algebra} for one claim file (kind "algebra", name "algebra/NAME"): per loss and lambda,
 * every component of the critical variety (or of its real slices) with its dimension, degree, real points and their
 * certificate, symmetry and Table-1 index set; the verdicts with their scopes; and in the JSON's {@code data}, per loss,
 * the list {@code components}. Timings go to the timings only, so the same command writes the same content.
 */
public final class AlgebraReport {
    private AlgebraReport() {
    }

    /** The document for {@code file}'s landscapes (one per loss and lambda, in the file's order). */
    public static ReportDocument document(AlgebraClaimFile file, String command, List<LossLandscape> landscapes) {
        ReportDocument.Builder d = ReportDocument.builder("algebra/" + file.name, "algebra")
                .title("Exact critical varieties: " + file.name)
                .introduction((file.description.isEmpty() ? "" : file.description + "\n\n")
                        + "Every critical point of each loss, by exact algebra: the gradient ideal over Q, for the exact data of the claim file "
                        + "in the principal basis (X X^T = diag(s_i^2)), decomposed into primes by Singular; every component analysed and "
                        + "every certificate re-checked in the toolkit's exact arithmetic. Details: `docs/algebra.md`.")
                .command(command)
                .config("m", file.data.m())
                .config("n", file.data.n())
                .config("k", file.model.k())
                .config("singular_values", file.data.singularValues().stream().map(LossMember::format).toList())
                .config("lambdas", file.model.lambdas().stream().map(LossMember::format).toList())
                .config("losses", file.model.losses())
                .config("strategy", file.options().strategy().label())
                .config("time_limit_per_run", file.options().timeout().toSeconds() + " s");
        for (LossLandscape l : landscapes) {
            for (AlgebraVerdict v : AlgebraVerdicts.of(l)) {
                d.result(v.toClaimResult());
            }
        }
        method(d, landscapes);
        List<Object> data = new ArrayList<>();
        for (LossLandscape l : landscapes) {
            section(d, l);
            data.add(json(l));
            d.timing(l.loss().name() + " lambda=" + LossMember.format(l.loss().lambda()) + " wall", l.wallSeconds());
            d.timing(l.loss().name() + " lambda=" + LossMember.format(l.loss().lambda()) + " singular cpu", l.cpuSeconds());
        }
        d.data("losses", data);
        return d.build();
    }

    private static void method(ReportDocument.Builder d, List<LossLandscape> landscapes) {
        d.section("How it was computed")
                .paragraph("The gradient of f(W1, W2) = ||X - W2 W1 X||_F^2 + lambda_pi ||W2 W1||_F^2 + sum_j lambda_sigma_j (||row_j W1||^2 + "
                        + "||col_j W2||^2) is derived in Java over Q; Singular (`minAssGTZ`, primdec.lib) returns the minimal associated primes of the "
                        + "ideal, each with its reduced Groebner basis, dimension and degree. Trusted from Singular: that the primes are prime and that "
                        + "their varieties cover the critical variety. Re-checked in Java, exactly: every prime contains every generator (division "
                        + "remainder 0), its basis satisfies Buchberger's criterion, symmetry (W1 - W2^T reduces to 0), the index set (W2 W1 reduces to "
                        + "a constant diagonal matrix and the prime contains the equations of that Table-1 family), and every real-point certificate: "
                        + "an explicit Table-1 point (coordinates square roots of rationals) on which the basis and the gradient vanish; an exact count "
                        + "of the real points of a zero-dimensional prime (a separating linear form, its square-free minimal polynomial in Q[x]/P and "
                        + "Sturm's theorem); or a sum of squares equal to a negative constant on the prime.")
                .paragraph("Verdicts are `certified` on the stated instance (their scope), never beyond it; a verdict that needs a component whose "
                        + "real points are not decided is INCONCLUSIVE, and where Singular is absent or out of time, INCONCLUSIVE with strength none.");
        if (landscapes.stream().anyMatch(l -> l.strategy() == AlgebraEngine.Strategy.REAL_SLICE)) {
            d.paragraph("**Real slices** (L_sigma and L_synthetic(w) with k >= 2): the decomposition of the whole gradient ideal is out of reach "
                    + "there, so every real critical point is first moved by an element of O(k) (which preserves the loss, W1 = W2^T and W2 W1) so that "
                    + "W2 is in lower column-echelon form with rank rho and pivot rows p; since W1 W1^T = W2^T W2 at every critical point (the identity "
                    + "(df/dW1) W1^T - W2^T (df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2)), the rows of W1 beyond rho vanish at a real point, leaving a "
                    + "critical point with rho units; each case (rho, p) adds the echelon zeros, non-zero pivots (z * prod pivots = 1) and y_i det(mu_i "
                    + "W2^T W2 + lambda_sigma I) = 1, which no real point violates (that matrix is positive definite at a real point). No real critical point "
                    + "is lost; complex components are (the slice is not transversal to complex orbits), so the listed components are those of the slices and "
                    + "their dimensions are dimensions in the slice. A real Table-1 family (one O(k) orbit) meets its slice in finitely many points; its "
                    + "dimension kl - l(l+1)/2 is listed separately (`real dim`).");
        }
    }

    private static void section(ReportDocument.Builder d, LossLandscape l) {
        String lambda = LossMember.format(l.loss().lambda());
        d.section(l.loss().name() + ", lambda = " + lambda);
        if (l.status() != LossLandscape.Status.COMPLETE) {
            d.paragraph("Not computed (" + l.status().name().toLowerCase(java.util.Locale.ROOT) + "): " + l.reason() + ".");
            return;
        }
        LandscapeFacts f = new LandscapeFacts(l);
        d.paragraph("Strategy: " + l.strategy().label() + ". " + f.census() + (l.loss().hasTableOne() ? "; real index sets: " + f.realIndexSets() : "")
                + ". Scope: " + l.scope() + ".");
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (Component c : l.components()) {
            rows.add(List.of(String.valueOf(++i), c.piece(), String.valueOf(c.dimension()), String.valueOf(c.degree()),
                    c.realPoints().status() == RealPoints.Status.UNDECIDED ? "undecided" : c.real() ? "yes" + (c.realPoints().count() == null ? "" : " (" + c.realPoints().count() + ")")
                            : "no",
                    c.symmetric() == null ? "?" : c.symmetric() ? "yes" : "no", c.indexSetText(), c.realDimension() == null ? "-" : String.valueOf(c.realDimension()),
                    c.realPoints().kind() + ": " + c.realPoints().certificate()));
        }
        d.table("components " + l.loss().name() + " lambda=" + lambda, "Components (dimension and degree of the prime" + (l.strategy() == AlgebraEngine.Strategy.REAL_SLICE
                        ? " in its slice" : "") + "; real points: yes (exact number when zero-dimensional), no, or undecided; symmetric: inside {W1 = W2^T}; "
                        + "index set: the Table-1 family containing it, or none; real dim: the dimension of that real family).",
                List.of("#", "piece", "dim", "degree", "real points", "symmetric", "index set", "real dim", "certificate"), rows);
        if (!l.tableOne().isEmpty()) {
            List<List<String>> t = new ArrayList<>();
            for (LossLandscape.TableOneCheck c : l.tableOne()) {
                t.add(List.of(Component.setText(c.indexSet()), c.point(), c.real() ? (c.critical() ? "yes" : "NO") : "-",
                        c.onComponent() == null ? "-" : c.onComponent() ? "yes" : "NO"));
            }
            d.table("table-1 " + l.loss().name() + " lambda=" + lambda, "The index sets Table 1 predicts, their explicit points, whether the exact gradient "
                    + "vanishes there, and (complex decomposition) whether the point lies on a listed component of its index set.",
                    List.of("I", "Table-1 point", "critical (exact)", "on a component"), t);
        }
    }

    /** A landscape in the report's data. */
    private record LandscapeRow(String loss, String lambda, String lambdaPi, List<String> lambdaSigma, String scope, String strategy,
                                String status, String reason, String variety, List<ObjectNode> components, List<ObjectNode> tableOne) {
    }

    /** A component in the report's data. */
    private record ComponentRow(String piece, int dimension, String dimensionOf, int degree, Boolean hasRealPoints, Integer realPoints,
                                String certificateKind, String certificate, Boolean symmetric, List<Integer> indexSet, Integer realDimension,
                                List<String> productDiagonal, int basisSize, boolean basisChecked, boolean containsIdeal) {
    }

    /** A Table-1 point in the report's data. */
    private record TableOneRow(List<Integer> indexSet, String point, boolean real, boolean critical, Boolean onComponent) {
    }

    private static ObjectNode json(LossLandscape l) {
        boolean complex = l.strategy() == AlgebraEngine.Strategy.COMPLEX;
        List<ObjectNode> components = l.components().stream().map(c -> JsonRenderer.row(new ComponentRow(c.piece(), c.dimension(),
                complex ? "critical variety" : "slice", c.degree(), c.realPoints().asBoolean(), c.realPoints().count(), c.realPoints().kind(),
                c.realPoints().certificate(), c.symmetric(), c.indexSet(), c.realDimension(), c.productDiagonal(), c.basis().size(),
                c.basisChecked(), c.critical()))).toList();
        List<ObjectNode> tableOne = l.tableOne().stream().map(c -> JsonRenderer.row(new TableOneRow(c.indexSet(), c.point(), c.real(),
                c.critical(), c.onComponent()))).toList();
        return JsonRenderer.row(new LandscapeRow(l.loss().name(), LossMember.format(l.loss().lambda()), LossMember.format(l.loss().lambdaPi()),
                l.loss().sumWeights().stream().map(LossMember::format).toList(), l.scope(), l.strategy().label(),
                l.status().name().toLowerCase(java.util.Locale.ROOT), l.reason(),
                complex ? "complex critical variety" : "real slices (every real critical orbit, not every complex component)", components, tableOne));
    }
}
