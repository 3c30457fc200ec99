package lae.config;

import java.nio.file.Path;
import java.util.function.Function;

import org.ejml.data.DMatrixRMaj;

import lae.core.InputException;
import lae.model.DataMatrix;

/**
 * The data matrix a claim file describes ({@link ClaimFile.DataSpec}): X = U Sigma V^T from its singular values and
 * seed (Section 4.2's construction, {@link DataMatrix#fromSingularValues}), or the centred matrix of its CSV file
 * ({@link DataMatrix#fromMatrix}), the one loader of every engine that reads claim files. The CSV file is read by the
 * function the caller passes (CsvMatrix::read of the data package, on which config does not depend).
 */
public final class ClaimData {
    private ClaimData() {
    }

    /**
     * The data of {@code cf}; a CSV file is read by {@code readCsv} (one data point per row, as an m x n matrix).
     *
     * @throws InputException if k &gt;= min(m, n) for the CSV data (the file's k was checked against m and n already)
     */
    public static DataMatrix of(ClaimFile cf, Function<Path, DMatrixRMaj> readCsv) {
        ClaimFile.DataSpec d = cf.data;
        if (d.csv() != null) {
            DataMatrix x = DataMatrix.fromMatrix(readCsv.apply(d.csv()), "CSV file " + d.csv().getFileName());
            if (cf.k >= Math.min(x.m(), x.n())) {
                throw InputException.field(cf.path.toString(), "model.k", cf.k, "1 <= k < min(m, n) = " + Math.min(x.m(), x.n()) + " for the CSV data");
            }
            return x;
        }
        return DataMatrix.fromSingularValues(d.singularValues(), d.m(), d.n(), d.seed());
    }
}
