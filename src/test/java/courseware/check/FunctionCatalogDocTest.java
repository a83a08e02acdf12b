package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/engine.md lists exactly the functions the code registers, each with its formula. */
class FunctionCatalogDocTest {
    private static final Path DOC = Path.of("docs/engine.md");
    private static final String START = "<!-- functions:start -->\n";
    private static final String END = "<!-- functions:end -->";

    @Test
    void theDocumentedFunctionTableMatchesTheRegistry() throws IOException {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(START) + START.length();
        int to = doc.indexOf(END);
        String expected = "| function | what it computes | formula and convention |\n|---|---|---|\n" + String.join("\n", FunctionCatalog.markdownRows()) + "\n";
        if (Boolean.getBoolean("courseware.updateGolden")) {
            Files.writeString(DOC, doc.substring(0, from) + expected + doc.substring(to));
            return;
        }
        assertEquals(expected, doc.substring(from, to),
                "docs/engine.md is out of date: mvn test -Dcourseware.updateGolden=true -Dtest=FunctionCatalogDocTest");
    }

    @Test
    void everyFunctionHasAFormulaAndEveryFormulaAFunction() {
        java.util.List<String> missing = Functions.all().keySet().stream().filter(n -> FunctionCatalog.formula(n).isBlank()).sorted().toList();
        assertEquals(java.util.List.of(), missing, "functions without a formula in FunctionFormulas");
        java.util.List<String> stale = FunctionFormulas.BY_NAME.keySet().stream().filter(n -> !Functions.all().containsKey(n)).sorted().toList();
        assertEquals(java.util.List.of(), stale, "formulas of functions that do not exist");
    }
}
