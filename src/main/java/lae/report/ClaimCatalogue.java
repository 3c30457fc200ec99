package lae.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The claims of the paper (claims.md): id to the statement as printed, in one line, for the errata. */
public final class ClaimCatalogue {
    private static final Map<String, String> CLAIMS = load();

    private ClaimCatalogue() {
    }

    /** C1..C30 in order. */
    public static Map<String, String> all() {
        return CLAIMS;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ClaimCatalogue.class.getResourceAsStream("claims.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource lae/report/claims.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
