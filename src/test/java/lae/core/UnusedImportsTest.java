package lae.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No source file imports a name it does not use: an import counts as used when its simple name occurs in
 * the code (outside import lines, comments and string literals) or in a Javadoc reference ({@code {@link X}},
 * {@code @see X}, {@code @throws X}), as Checkstyle's UnusedImports rule counts it. Wildcard imports are
 * refused outright (they hide what a file depends on).
 */
class UnusedImportsTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;", Pattern.MULTILINE);
    private static final Pattern JAVADOC_REF = Pattern.compile("(?:\\{@link(?:plain)?|@see|@throws|@exception)\\s+([\\w.]+)");

    static List<String> unused(String source) {
        List<String> out = new ArrayList<>();
        String code = stripImports(stripCommentsAndStrings(source));
        StringBuilder refs = new StringBuilder();
        Matcher jd = JAVADOC_REF.matcher(source);
        while (jd.find()) {
            refs.append(' ').append(jd.group(1).replace('.', ' ')).append(' ');
        }
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String name = m.group(2);
            if (m.group(3) != null) {
                out.add(name + ".* (wildcard)");
                continue;
            }
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])");
            if (!use.matcher(code).find() && !use.matcher(refs).find()) {
                out.add(name);
            }
        }
        return out;
    }

    static String stripImports(String s) {
        return IMPORT.matcher(s).replaceAll("");
    }

    /** The source with comments and string/char literals blanked (so that a name in them is no use). */
    static String stripCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                b.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                b.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                b.append(c).append(c);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    @Test
    void noSourceFileHasAnUnusedImport() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String u : unused(Files.readString(f))) {
                        found.add(f + ": " + u);
                    }
                }
            }
        }
        assertThat(found).as("unused imports").isEmpty();
    }

    @Test
    void anUnusedImportIsFound() {
        String src = "package x;\nimport java.util.List;\nimport java.util.Map;\n/** {@link java.util.Set} and a Map in prose. */\n"
                + "class A { List<String> a; String s = \"Map\"; }\n";
        assertThat(unused(src)).containsExactly("java.util.Map");
    }

    @Test
    void aJavadocReferenceCountsAsUse() {
        String src = "package x;\nimport java.util.Map;\n/** See {@link Map#get}. */\nclass A { }\n";
        assertThat(unused(src)).isEmpty();
    }
}
