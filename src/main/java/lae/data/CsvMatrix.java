package lae.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.core.InputException;

/**
 * A numeric CSV file with one data point per row (n rows, m columns; an optional header line of
 * non-numeric names is skipped), read as the m x n matrix X whose columns are the points.
 */
public final class CsvMatrix {
    /** The largest data file read, in bytes (m <= 2000 columns of numbers; larger files are refused before reading). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private CsvMatrix() {
    }

    /**
     * The m x n matrix X of the file's n rows of m numbers.
     *
     * @throws InputException naming the file (and line and column) when it is missing, unreadable, ragged, not
     *                        numeric, not finite, or smaller than 2 x 2
     */
    public static DMatrixRMaj read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": data file not found (field 'data.csv')");
        }
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + ": the data file (field 'data.csv') has " + Files.size(file) + " bytes (allowed: at most " + MAX_BYTES + ")");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s*[,;\\t]\\s*");
            if (rows.isEmpty() && width < 0 && !isNumber(parts[0])) {
                width = parts.length;
                continue;
            }
            if (width >= 0 && parts.length != width) {
                throw new InputException(file + ": line " + (ln + 1) + " has " + parts.length + " fields, expected " + width + " (every row must have the same number of columns)");
            }
            width = parts.length;
            double[] r = new double[parts.length];
            for (int j = 0; j < parts.length; j++) {
                try {
                    r[j] = Double.parseDouble(parts[j]);
                } catch (NumberFormatException e) {
                    throw new InputException(file + ": line " + (ln + 1) + ", column " + (j + 1) + ": '" + parts[j] + "' is not a number (allowed: finite decimal numbers)");
                }
                if (!Double.isFinite(r[j])) {
                    throw new InputException(file + ": line " + (ln + 1) + ", column " + (j + 1) + ": " + parts[j] + " is not finite (allowed: finite numbers; NaN and Inf are not)");
                }
            }
            rows.add(r);
        }
        if (rows.size() < 2 || width < 2) {
            throw new InputException(file + ": needs at least 2 rows (data points) and 2 columns (dimensions), found " + rows.size() + " x " + Math.max(width, 0));
        }
        DMatrixRMaj x = new DMatrixRMaj(width, rows.size());
        for (int j = 0; j < rows.size(); j++) {
            for (int i = 0; i < width; i++) {
                x.set(i, j, rows.get(j)[i]);
            }
        }
        return x;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("inf");
        }
    }
}
