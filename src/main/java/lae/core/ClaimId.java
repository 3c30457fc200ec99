package lae.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The claim registry: the claims of the paper (C1..C30, Petrevski, <i>Regularized Linear Autoencoders and Topology of
 * Loss Landscapes</i>), the neighbouring papers' headline statements, and the toolkit's own checks (the Morse-Bott
 * tests, the census against dense Hessians, the engine checks), each a constant here. Every claim's definition is data,
 * in the resource {@value #RESOURCE} (one table per constant; see {@link Definition}), read once when this class is
 * loaded: a constant without its table, a table without its constant or a malformed field stops the class with a
 * {@link ResourceException} naming the resource and the key.
 *
 * <p>Adding a claim is adding its table to the resource and its name here (and, for a claim-file claim, its check
 * class in {@code lae.check}). Claim-id strings appear nowhere else in the code: engines name claims by these
 * constants, and {@link #parse} reads the ids that proof scripts and JSON reports spell.
 */
public enum ClaimId {
    C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12,
    C13, C14, C15, C16, C17, C18, C19, C20, C21,
    C22, C23, C24,
    C25, C26, C27, C28, C29, C30,
    BAO_1, BAO_2, BAO_T1, BAO_MORSE,
    KUNIN_1, KUNIN_2, KUNIN_3, KUNIN_MB, KUNIN_T1,
    MB_C17, MB_C17_CORRECTED, MB_C30, CENSUS_VS_DENSE, ENGINE_GRADIENT, ENGINE_HESSIAN, ENGINE_INERTIA, SCRIPT_ERROR;

    /** The class-path resource of every claim's definition. */
    public static final String RESOURCE = "lae/core/claims.toml";

    private static final ClaimRegistry REGISTRY = ClaimRegistry.read(TomlResource.load(RESOURCE));

    /** Where a claim stands: a section of the paper, a neighbouring paper, or the toolkit's own checks. */
    public enum Section {
        S12, S3, S31, S4, BAO2020, KUNIN2019, TOOLKIT;

        /** The heading of the catalogue section. */
        public String heading() {
            return REGISTRY.heading(this);
        }

        /** True for a neighbouring paper's section (not Petrevski's paper, not the toolkit's checks). */
        public boolean neighbour() {
            return REGISTRY.neighbour(this);
        }
    }

    /** How far a claim reaches: the sizes and configurations its statement is about. */
    public enum Extent {
        /** Every size (m, n, k) the paper allows: only an argument covering every size proves it. */
        EVERY_SIZE,
        /** One fixed size (the 1-D picture): an identity in free symbols at that size covers it. */
        ONE_DIMENSIONAL,
        /** One experiment's configuration: evidence elsewhere neither proves nor refutes it. */
        CONFIGURATION,
        /** Conditions the paper leaves open (a conjecture). */
        OPEN
    }

    /**
     * What a claim's statement is about.
     *
     * @param extent how far it reaches
     * @param text   the sizes or the configuration, as reports print them
     */
    public record Scope(Extent extent, String text) {
    }

    /**
     * A formula field of a claim-file claim.
     *
     * @param name       the field in {@code [claims.ID]} ("formula", "formula_F")
     * @param printed    the paper's formula as a Symja expression: the default
     * @param candidates the field that lists candidate corrections of it ("candidates", "candidates_F")
     * @param variables  the variables the formula may use
     */
    public record FormulaField(String name, String printed, String candidates, List<String> variables) {
        public FormulaField {
            variables = List.copyOf(variables);
        }
    }

    /**
     * A claim's definition, as the resource gives it.
     *
     * @param id               the id as reports, proof scripts and claim files spell it ("C17", "MB-C17")
     * @param section          the section of the paper it is in, or {@link Section#TOOLKIT}
     * @param title            a short name ("Descending directions")
     * @param statement        the statement as printed (for the toolkit's checks: what is checked)
     * @param catalogue        the one-line text of the errata
     * @param engines          the engines whose verdicts answer it
     * @param lossesChecked    the losses a claim file checks it on; empty for a claim about no single loss (C18, C21)
     * @param formulas         its formula fields by name, in order (empty when it takes none)
     * @param readings         the readings its verdicts come in: as printed, or landscape and training, ...
     * @param sentenceReadings the readings the printed sentence is about: the errata's headline verdict is theirs
     * @param scope            what its statement is about
     */
    public record Definition(String id, Section section, String title, String statement, String catalogue,
                             Set<ClaimEngine> engines, List<String> lossesChecked, Map<String, FormulaField> formulas,
                             List<Reading> readings, List<Reading> sentenceReadings, Scope scope) {
        public Definition {
            EnumSet<ClaimEngine> e = EnumSet.noneOf(ClaimEngine.class);
            e.addAll(engines);
            engines = Collections.unmodifiableSet(e);
            lossesChecked = List.copyOf(lossesChecked);
            formulas = Collections.unmodifiableMap(new LinkedHashMap<>(formulas));
            readings = List.copyOf(readings);
            sentenceReadings = List.copyOf(sentenceReadings);
        }
    }

    /** The claim's definition: id, section, statement, catalogue text, engines, losses, formulas, readings, scope. */
    public Definition definition() {
        return REGISTRY.definition(this);
    }

    /** The id as reports, proof scripts and claim files spell it ("C17", "MB-C17"). */
    public String id() {
        return definition().id();
    }

    /** True for a claim of the paper (Petrevski's; not a check of the toolkit's own, nor a neighbouring paper's claim). */
    public boolean ofPaper() {
        return definition().section() != Section.TOOLKIT && !ofNeighbour();
    }

    /** True for a claim about a neighbouring paper ({@link Section#neighbour()}): Bao et al. 2020, Kunin et al. 2019. */
    public boolean ofNeighbour() {
        return definition().section().neighbour();
    }

    /** True if claim files may name the claim ({@code [claims.ID]}). */
    public boolean inClaimFiles() {
        return definition().engines().contains(ClaimEngine.CLAIM_FILE);
    }

    /** The claims that claim files may name, in order. */
    public static List<ClaimId> claimFileClaims() {
        List<ClaimId> out = new ArrayList<>();
        for (ClaimId c : values()) {
            if (c.inClaimFiles()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The claim with this id (case-insensitive), or an {@link IllegalArgumentException} naming the known ids. */
    public static ClaimId parse(String id) {
        ClaimId c = find(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown claim id '" + id + "' (known: "
                    + Stream.of(values()).map(ClaimId::id).collect(Collectors.joining(", ")) + ")");
        }
        return c;
    }

    /** The claim with this id (case-insensitive), or null. */
    public static ClaimId find(String id) {
        String t = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ClaimId c : values()) {
            if (c.id().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        return null;
    }

    /** The id, so that a claim prints as reports spell it. */
    @Override
    public String toString() {
        return id();
    }
}
