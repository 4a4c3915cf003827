package org.babelbake.content;

import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a source file's version covers: everything a translator translates, nothing else. */
class SourceVersionTest {
    private static final String SECTION = """
            type=section
            status=published
            title=What is IMNM?
            description=A short summary.
            updated=2023-02
            reviewer=Julie Paik, MD
            link.mda=https://www.mda.org/a
            ref.1.title=Inflammatory Muscle Diseases
            ref.1.journal=N Engl J Med
            ~~~~~~
            IMNM is a muscle disease. See [the MDA page][mda] and [the causes](#causes).

            ![A muscle biopsy](biopsy.png)

            [local]: https://example.org/local
            Second paragraph.
            """;

    @TempDir
    Path root;

    private ContentFile read(String text) throws Exception {
        Path file = root.resolve("content/en/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        ContentFile read = ContentFileReader.read(root, file, "en", "en", "a/10-x.md", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return read;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "section title    | title=What is IMNM?                 | title=What is it?",
            "description      | description=A short summary.      | description=A summary.",
            "reference title  | ref.1.title=Inflammatory Muscle   | ref.1.title=Inflamed Muscle",
            "body paragraph   | Second paragraph.                 | Second, changed paragraph.",
            "image alt text   | ![A muscle biopsy]                | ![A muscle sample]",
            "named link text  | [the MDA page][mda]               | [the MDA website][mda]",
            "inline link text | [the causes](#causes)             | [what causes it](#causes)"})
    void aChangeToAnythingTranslatedChangesTheVersion(String what, String from, String to) throws Exception {
        String before = SourceVersion.of(read(SECTION));
        assertNotEquals(before, SourceVersion.of(read(SECTION.replace(from, to))), what);
        assertTrue(before.matches("[0-9a-f]{12}"), before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "last update         | updated=2023-02                  | updated=2024-05",
            "reviewer            | reviewer=Julie Paik, MD          | reviewer=Someone Else, MD",
            "type                | type=section                     | type=term",
            "named address       | link.mda=https://www.mda.org/a   | link.mda=https://www.mda.org/b",
            "inline address      | (#causes)                        | (#why)",
            "image file          | (biopsy.png)                     | (biopsy.es.png)",
            "reference journal   | ref.1.journal=N Engl J Med       | ref.1.journal=NEJM",
            "link definition     | https://example.org/local        | https://example.org/moved",
            "trailing spaces     | Second paragraph.                | 'Second paragraph.   '"})
    void aChangeToWhatTranslatorsKeepLeavesTheVersion(String what, String from, String to) throws Exception {
        assertEquals(SourceVersion.of(read(SECTION)), SourceVersion.of(read(SECTION.replace(from, to))), what);
    }

    @Test
    void partsTellWhichFieldOrParagraphChanged() throws Exception {
        List<SourcePart> before = SourceVersion.parts(read(SECTION));
        List<SourcePart> after = SourceVersion.parts(read(SECTION.replace("Second paragraph.", "Second, new paragraph.")));
        assertEquals(List.of("title", "description", "ref.1.title", "block.1", "block.2", "block.3"),
                before.stream().map(SourcePart::id).toList());
        List<String> changed = after.stream().filter(part -> !before.contains(part)).map(SourcePart::label).toList();
        assertEquals(List.of("paragraph 3"), changed);
        assertNotEquals(before.get(5).fingerprint(), after.get(5).fingerprint());
        assertEquals(before.get(0).fingerprint(), after.get(0).fingerprint());
    }

    @Test
    void aWholeFileTextFromHistoryHasTheSameVersionAsTheFileOnDisk() throws Exception {
        assertEquals(SourceVersion.of(read(SECTION)), SourceVersion.of(SourceVersion.partsOfText(SECTION.replace("\n", "\r\n"))));
    }

    @Test
    void theOldBodyOnlyStampIsStillKnownForTheUpgrade() throws Exception {
        ContentFile file = read("type=article\nstatus=published\ntitle=T\n~~~~~~\n");
        assertEquals("e3b0c44298fc", SourceVersion.bodyOnlyStamp(file), "the stamp every old index.md carries");
        assertNotEquals("e3b0c44298fc", SourceVersion.of(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'~~~~~~   ' | 4 | the header end \"~~~~~~\" has spaces or tabs after it; delete them (the line must be exactly ~~~~~~)",
            "~~~~~       | 4 | the header end has 5 tildes; write exactly six: ~~~~~~",
            "~~~~~~~     | 4 | the header end has 7 tildes; write exactly six: ~~~~~~"})
    void aMistypedHeaderEndIsNamedAtItsLine(String separator, int line, String message) throws Exception {
        Path file = root.resolve("content/en/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "type=section\nstatus=published\ntitle=T\n" + separator + "\nText.\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        assertEquals(null, ContentFileReader.read(root, file, "en", "en", "a/10-x.md", problems));
        assertEquals(List.of(new Problem("content/en/a/10-x.md", line, message)), problems.sorted());
    }

    @Test
    void onlyASourceFileHasAVersionATranslationIsStampedWithItsSources() throws Exception {
        Path file = root.resolve("content/es/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SECTION, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        ContentFile translation = ContentFileReader.read(root, file, "es", "en", "a/10-x.md", problems);
        IllegalStateException e = assertThrows(IllegalStateException.class, translation::version);
        assertEquals("content/es/a/10-x.md is a translation: only source files have a version", e.getMessage());
        assertEquals(SourceVersion.of(read(SECTION)), SourceVersion.of(SourceVersion.parts(translation)),
                "its parts still make the version it would have as a source");
    }

    @Test
    void aStampThatIsNotAVersionSaysHowToWriteOne() throws Exception {
        Path file = root.resolve("content/es/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "type=section\nstatus=published\ntitle=T\ntranslation.source=abc\n~~~~~~\nTexto.\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        ContentFileReader.read(root, file, "es", "en", "a/10-x.md", problems);
        assertEquals(List.of(new Problem("content/es/a/10-x.md", 4, "translation.source \"abc\" is not a source version "
                + "(12 hex digits); run `java -jar target/babelbake.jar stamp content/es/a/10-x.md` to write it, "
                + "or delete the line until the translation is done")), problems.sorted());
    }
}
