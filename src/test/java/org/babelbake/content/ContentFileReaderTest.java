package org.babelbake.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentFileReaderTest {
    private static final String SEP = ContentFileReader.SEPARATOR;

    /** What a body is, said the long way: the file's lines after the first separator line, each with its newline. */
    private static String linesAfterSeparator(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(lines.indexOf(SEP) + 1, lines.size())) body.append(line).append('\n');
        return body.toString();
    }

    @Test
    void theBodyIsEverythingAfterTheFirstSeparatorLineEachLineEndedByANewline() {
        assertEquals("Text.\n", ContentFileReader.bodyOf("title=X\n" + SEP + "\nText.\n"));
        assertEquals("Text.\n", ContentFileReader.bodyOf("title=X\n" + SEP + "\nText."), "the last line gets its newline");
        assertEquals("a\n\n" + SEP + "\nb\n\n", ContentFileReader.bodyOf("t=1\n" + SEP + "\na\n\n" + SEP + "\nb\n\n"),
                "a later separator line and trailing empty lines are the body's");
        assertEquals("", ContentFileReader.bodyOf("t=1\n" + SEP + "\n"));
        assertEquals("", ContentFileReader.bodyOf("t=1\n" + SEP));
        assertEquals("x\n", ContentFileReader.bodyOf(SEP + "\nx"), "a separator on the first line");
        assertEquals("", ContentFileReader.bodyOf(SEP));
        assertEquals("x\n", ContentFileReader.bodyOf("t=1\n~~~~~~~\n" + SEP + "\nx\n"), "seven tildes are not the separator");
        assertEquals("t=1\nx\n", ContentFileReader.bodyOf("t=1\nx"), "no separator: the whole text");
        assertEquals("", ContentFileReader.bodyOf(""));
    }

    @Test
    void theBodyIsTheSameAsTheLinesAfterTheSeparatorForAnyMixOfLines() {
        List<String> pieces = List.of(SEP, SEP, " " + SEP, SEP + " ", "~~~~~", "~~~~~~~", "", "", "text", "a" + SEP, "title=x");
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            List<String> lines = new ArrayList<>();
            for (int i = random.nextInt(7); i > 0; i--) lines.add(pieces.get(random.nextInt(pieces.size())));
            String text = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
            assertEquals(linesAfterSeparator(text), ContentFileReader.bodyOf(text), text.replace("\n", "\\n"));
        }
    }
}
