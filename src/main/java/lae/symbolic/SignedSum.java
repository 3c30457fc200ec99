package lae.symbolic;

/**
 * A sum written as the reports write it: each term a coefficient (a polynomial's text) times a name, "w",
 * "-w", "2 w" or "(x + y) w", joined by " + " and " - " ("2 W1 C W1' J - lam J + d I").
 */
final class SignedSum {
    private SignedSum() {
    }

    /** The term {@code coefficient} times {@code name}; {@code monomial}: the coefficient has one term (no brackets). */
    static String term(String coefficient, boolean monomial, String name) {
        if (monomial && coefficient.equals("1")) {
            return name;
        } else if (monomial && coefficient.equals("-1")) {
            return "-" + name;
        } else if (monomial) {
            return coefficient + " " + name;
        }
        return "(" + coefficient + ") " + name;
    }

    /** Appends {@code term} to the sum in {@code sum}: alone if it is empty, else after " + ", or " - " for a negative term. */
    static void append(StringBuilder sum, String term) {
        if (sum.length() == 0) {
            sum.append(term);
        } else if (term.startsWith("-")) {
            sum.append(" - ").append(term.substring(1));
        } else {
            sum.append(" + ").append(term);
        }
    }
}
