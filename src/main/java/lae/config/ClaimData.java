package lae.config;

import org.ejml.data.DMatrixRMaj;

import lae.core.InputException;
import lae.data.CsvMatrix;
import lae.model.DataMatrix;

/**
 * The data matrix X a claim file describes ({@link ClaimFile.DataSpec}): X = U Sigma V^T from its singular values
 * and seed (U and V the Q factors of seeded Gaussian matrices, Section 4.2; {@link DataMatrix#fromSingularValues}),
 * or the centred matrix of its CSV file (one data point per row; {@link DataMatrix#fromMatrix}). The one loader of
 * every engine that reads claim files.
 */
public final class ClaimData {
    private ClaimData() {
    }

    /** The data of {@code cf}; a CSV file's problems are reported as the CSV reader words them. */
    public static DataMatrix load(ClaimFile cf) {
        ClaimFile.DataSpec d = cf.data;
        if (d.csv() != null) {
            return fromCsv(cf, CsvMatrix.read(d.csv()));
        }
        return DataMatrix.fromSingularValues(d.singularValues(), d.m(), d.n(), d.seed());
    }

    /** The raw CSV matrix of {@code cf} (one column per data point), its problems prefixed with the claim file and field. */
    public static DMatrixRMaj readCsv(ClaimFile cf) {
        try {
            return CsvMatrix.read(cf.data.csv());
        } catch (InputException e) {
            throw new InputException(cf.path + ": field 'data.csv': " + e.getMessage());
        }
    }

    /**
     * The data of {@code cf} from its raw CSV matrix.
     *
     * @throws InputException if k &gt;= min(m, n) for the CSV data (the file's k was checked against m and n already)
     */
    public static DataMatrix fromCsv(ClaimFile cf, DMatrixRMaj raw) {
        DataMatrix x = DataMatrix.fromMatrix(raw, "CSV file " + cf.data.csv().getFileName());
        if (cf.k >= Math.min(x.m(), x.n())) {
            throw InputException.field(cf.path.toString(), "model.k", cf.k, "1 <= k < min(m, n) = " + Math.min(x.m(), x.n()) + " for the CSV data");
        }
        return x;
    }
}
