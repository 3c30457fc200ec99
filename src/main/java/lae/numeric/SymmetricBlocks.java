package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The exact block-diagonal structure of a symmetric matrix: the connected components of the graph
 * with an edge i-j wherever A[i][j] != 0 (exactly). After a symmetric permutation A is the direct
 * sum of the principal submatrices on these components, so its eigenvalues (and inertia) are the
 * union of theirs. Nothing is assumed: a dense matrix is one block.
 */
public final class SymmetricBlocks {
    private SymmetricBlocks() {
    }

    /**
     * The index sets of the diagonal blocks of a: the connected components of its non-zero pattern, each increasing,
     * in order of their smallest index.
     */
    public static List<int[]> components(DMatrixRMaj a) {
        int n = a.numRows;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double[] d = a.data;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = i + 1; j < n; j++) {
                if (d[row + j] != 0 || d[j * n + i] != 0) {
                    union(parent, i, j);
                }
            }
        }
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (label[r] < 0) {
                label[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(label[r]).add(i);
        }
        List<int[]> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** A[idx, idx], a new matrix. */
    public static DMatrixRMaj principalSubmatrix(DMatrixRMaj a, int[] idx) {
        int n = a.numRows;
        DMatrixRMaj s = new DMatrixRMaj(idx.length, idx.length);
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                s.data[i * idx.length + j] = a.data[idx[i] * n + idx[j]];
            }
        }
        return s;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
