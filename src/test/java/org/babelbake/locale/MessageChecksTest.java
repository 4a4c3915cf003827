package org.babelbake.locale;

import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageChecksTest {
    @TempDir
    Path root;
    private final List<Problem> warnings = new ArrayList<>();

    private List<Problem> check(String tag, String translated) throws IOException {
        Files.createDirectories(root.resolve("translations"));
        Files.writeString(root.resolve("translations/en.properties"),
                "count={count, plural, one {# term} other {# terms}}\nhello=Hello {name}\nintro=Words of {article}\n");
        Files.writeString(root.resolve("translations/" + tag + ".properties"), translated);
        Problems problems = new Problems();
        MessageCatalog source = MessageCatalog.load(root, root.resolve("translations/en.properties"), SiteLocale.create("en"), "en", problems);
        MessageCatalog mine = MessageCatalog.load(root, root.resolve("translations/" + tag + ".properties"), SiteLocale.create(tag), "en", problems);
        MessageChecks.check(mine, source, problems, warnings::add);
        return problems.sorted();
    }

    @Test
    void arabicNeedsAllSixPluralCategories() throws IOException {
        List<Problem> problems = check("ar", "count={count, plural, one {مصطلح واحد} other {# مصطلح}}\n");
        assertEquals(1, problems.size());
        assertEquals("translations/ar.properties", problems.get(0).file());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("zero, two, few, many"), problems.get(0).message());
    }

    @Test
    void explicitValuesCoverCategoriesWithOneValue() throws IOException {
        assertEquals(List.of(), check("ar",
                "count={count, plural, =0 {لا مصطلحات} =1 {مصطلح واحد} =2 {مصطلحان} few {# مصطلحات} many {# مصطلحًا} other {# مصطلح}}\n"));
    }

    @Test
    void argumentsMustMatchTheSource() throws IOException {
        List<Problem> problems = check("de", "count={count, plural, one {# Begriff} other {# Begriffe}}\nhello=Hallo {nom}\n");
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("uses {nom}"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("leaves out {name}"), problems.get(0).message());
    }

    @Test
    void brokenSyntaxIsReportedAtItsLine() throws IOException {
        List<Problem> problems = check("de", "count={count, plural, one {# Begriff} other {# Begriffe}\nhello=Hallo {name}\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("translations/de.properties:1: message \"count\" is not valid ICU MessageFormat"));
    }

    @Test
    void aQuotedArgumentSaysTheApostrophesQuoteIt() throws IOException {
        List<Problem> problems = check("fr", "intro=Les mots de l'{article}'\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("translations/fr.properties:1: message \"intro\" shows '{article}' as text: the apostrophes quote it, "
                + "so {article} is not replaced; write an apostrophe as ’ (or as '' for a plain one), e.g. l’{article}",
                problems.get(0).toString());
    }

    @Test
    void anUnclosedPluralFormPointsAtTheFormAfterIt() throws IOException {
        List<Problem> problems = check("de", "# comment\n  count = {count, plural, one {# Begriff other {# Begriffe}}\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith("translations/de.properties:2: message \"count\" is not valid ICU "
                + "MessageFormat: a } is missing before \"other {# Beg\" at line 2, column 42"), problems.get(0).toString());
    }

    @Test
    void anUnclosedPluralPointsAtItsEnd() throws IOException {
        List<Problem> problems = check("de", "count={count, plural, one {# Begriff} other {# Begriffe}\n");
        assertTrue(problems.get(0).message().contains("the { at line 1, column 7 is never closed; add } at the end, line 1, column 57"),
                problems.get(0).toString());
    }

    @Test
    void aPluralCategoryTheLanguageDoesNotUseIsOnlyAWarning() throws IOException {
        assertEquals(List.of(), check("de", "count={count, plural, one {# Begriff} few {# Begriffe} other {# Begriffe}}\n"));
        assertEquals(1, warnings.size());
        assertEquals("translations/de.properties:1: warning: message \"count\" has a form for the plural category few, "
                + "which de does not use, so it is never shown; remove it (categories of de: one, other)", warnings.get(0).toString());
    }
}
