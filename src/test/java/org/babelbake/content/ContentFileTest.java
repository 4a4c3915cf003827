package org.babelbake.content;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentFileTest {
    @TempDir
    Path root;

    private ContentFile read(String text) throws Exception {
        Path file = root.resolve("content/en/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Problems problems = new Problems();
        ContentFile read = ContentFileReader.read(root, file, "en", "en", "a/10-x.md", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return read;
    }

    @Test
    void theBodyIsReadAgainWhenNeededAndMustBeTheFileThatWasRead() throws Exception {
        String text = "type=section\nstatus=published\ntitle=X\n~~~~~~\nSome text.\n";
        ContentFile file = read(text);
        assertEquals("Some text.\n", file.body());
        assertEquals(SourceHash.of("Some text.\n"), file.sourceHash(), "the old body-only stamp, made when asked for");
        // A longer body, one letter of the same length, a header: each is a change.
        for (String changedText : List.of(text.replace("Some", "Other"), text.replace("Some", "Same"), text.replace("X", "Y"))) {
            Files.writeString(file.path(), changedText);
            BuildFailedException changed = assertThrows(BuildFailedException.class, file::body, changedText);
            assertEquals("content/en/a/10-x.md", changed.problems().get(0).file());
            assertTrue(changed.problems().get(0).message().contains("changed while the site was being built"));
        }
        Files.writeString(file.path(), text);
        assertEquals("Some text.\n", file.body(), "the same bytes again: unchanged");
    }

    @Test
    void namedLinksAreFoundWithTheirLinesUnlessTheFileDefinesThem() throws Exception {
        ContentFile file = read("type=section\nstatus=published\ntitle=X\n~~~~~~\nSee [one][a].\n\n"
                + "Then [two][b] and [c][] and [three](https://x.org) and ![img][d].\n\n[b]: https://example.org\n");
        assertEquals(2, file.namedLinks().size(), file.namedLinks().toString());
        assertEquals(new NamedLink("[one][a]", "a", 5), file.namedLinks().get(0));
        assertEquals(new NamedLink("[c][]", "c", 7), file.namedLinks().get(1));
    }
}
