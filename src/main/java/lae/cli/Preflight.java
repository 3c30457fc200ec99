package lae.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lae.check.CheckRun;
import lae.check.ClaimFile;
import lae.core.InputException;

/** Input checks that run before any computation, shared by the verbs that take claim files. */
final class Preflight {
    private Preflight() {
    }

    /** Parses every claim file, loads its data, and refuses two files whose reports would have the same name. */
    static List<ClaimFile> claimFiles(List<Path> files) {
        List<ClaimFile> parsed = files.stream().map(ClaimFile::load).toList();
        Map<String, Path> names = new HashMap<>();
        for (ClaimFile cf : parsed) {
            Path before = names.putIfAbsent(cf.reportStem(), cf.path);
            if (before != null) {
                throw new InputException(cf.path + ": field 'name' = " + cf.reportStem() + " is also the name of " + before
                        + " (allowed: a name no other claim file of this run has; the report is named after it)");
            }
        }
        for (ClaimFile cf : parsed) {
            CheckRun.loadData(cf);
        }
        return parsed;
    }
}
