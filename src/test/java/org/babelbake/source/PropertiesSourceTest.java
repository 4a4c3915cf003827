package org.babelbake.source;

import org.babelbake.problem.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PropertiesSourceTest {
    private final Problems problems = new Problems();

    private Map<String, PropertiesSource.Entry> parse(String text) {
        return PropertiesSource.parse(new SourceText("translations/x.properties", text), problems);
    }

    @Test
    void entriesKeepTheLineTheyStartOn() {
        Map<String, PropertiesSource.Entry> entries = parse("# comment\n\na=1\nb = two words\n! also a comment\nc: 3\n");
        assertEquals(3, entries.get("a").line());
        assertEquals("two words", entries.get("b").value());
        assertEquals(4, entries.get("b").line());
        assertEquals(6, entries.get("c").line());
    }

    @Test
    void continuationLinesJoinAndKeepTheFirstLine() {
        Map<String, PropertiesSource.Entry> entries = parse("long=first \\\n    second\nnext=x\n");
        assertEquals("first second", entries.get("long").value());
        assertEquals(1, entries.get("long").line());
        assertEquals(3, entries.get("next").line());
    }

    @Test
    void escapesAndUtf8AreRead() {
        Map<String, PropertiesSource.Entry> entries = parse("a=caf\\u00e9 \\= ok\nb=日本語 «français»\nc=back\\\\slash\n");
        assertEquals("café = ok", entries.get("a").value());
        assertEquals("日本語 «français»", entries.get("b").value());
        assertEquals("back\\slash", entries.get("c").value());
    }

    @Test
    void duplicateKeyIsAProblemAtTheSecondLine() {
        parse("a=1\nb=2\na=3\n");
        assertEquals("translations/x.properties:3: key \"a\" is already set on line 1; remove one of the two",
                problems.sorted().get(0).toString());
    }

    @Test
    void brokenUnicodeEscapeIsAProblem() {
        parse("a=\\u12\n");
        assertEquals(1, problems.size());
        assertEquals(1, problems.sorted().get(0).line());
    }

    @Test
    void entriesKeepTheCommentsRightAboveThemAndWhereTheirValueStarts() {
        Map<String, PropertiesSource.Entry> entries = parse("# file header\n\n#. a note\n# en: Hello\n  greeting = Hola\n"
                + "long=one \\\n  two\n");
        assertEquals(List.of("#. a note", "# en: Hello"), entries.get("greeting").comments());
        assertEquals(14, entries.get("greeting").valueColumn());
        assertEquals(List.of(), entries.get("long").comments());
        assertEquals(6, entries.get("long").line());
        assertEquals(7, entries.get("long").endLine());
    }
}
