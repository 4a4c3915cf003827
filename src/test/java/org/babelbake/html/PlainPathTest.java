package org.babelbake.html;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainPathTest {
    @Test
    void aPlainPathHasNoSchemeQueryFragmentEscapeOrSpace() {
        for (String plain : List.of("index.html", "../../ar/a286/index.html", "./x", "a/", ".", "..", "a~b_c-d.E9.css")) {
            assertTrue(PlainPath.is(plain), plain);
        }
        for (String other : List.of("", "/index.html", "//host/x", "#top", "a.html#top", "a?b", "a%20b", "a b", " a",
                "https://example.org", "mailto:x", "a+b", "é.html", "a\\b")) {
            assertFalse(PlainPath.is(other), other);
        }
    }

    @Test
    void resolvesAsANormalisedFilePathWouldWhileItStaysInsideTheRoot() {
        Path root = Path.of("/").toAbsolutePath().resolve("site");
        List<String> pages = List.of("index.html", "en/index.html", "en/imnm/glossary.html", "a/b/c/d.html");
        List<String> names = List.of("..", ".", "", "en", "imnm", "index.html", "site", "x.css");
        Random random = new Random(17);
        int inside = 0;
        int above = 0;
        for (int i = 0; i < 20_000; i++) {
            String page = pages.get(random.nextInt(pages.size()));
            StringBuilder target = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int n = 0; n < count; n++) {
                if (n > 0) target.append('/');
                target.append(names.get(random.nextInt(names.size())));
            }
            if (target.isEmpty() || target.charAt(0) == '/') continue;

            String resolved = PlainPath.resolve(page, target.toString());
            if (climbsAboveTheRoot(page, target.toString())) {
                assertNull(resolved, page + " + " + target);
                above++;
            } else {
                Path file = root.resolve(page).getParent().resolve(target.toString()).normalize();
                assertTrue(file.startsWith(root), file.toString());
                assertEquals(root.relativize(file).toString(), resolved, page + " + " + target);
                inside++;
            }
        }
        assertTrue(inside > 5_000 && above > 500, inside + " inside, " + above + " above");
    }

    @Test
    void aLinkThatClimbsAboveTheRootIsLeftToFilePaths() {
        // Out and back in through the root's own name: only the file paths know that name.
        assertNull(PlainPath.resolve("en/index.html", "../../site/en/index.html"));
        assertNull(PlainPath.resolve("index.html", ".."));
        assertEquals("", PlainPath.resolve("index.html", "."));
        assertEquals("en", PlainPath.resolve("en/a/index.html", "../"));
    }

    /** Whether walking the target's names from the page's folder ever goes above the root (counted, not resolved). */
    private static boolean climbsAboveTheRoot(String page, String target) {
        int depth = page.split("/").length - 1;
        for (String name : target.split("/")) {
            if (name.equals("..")) depth--;
            else if (!name.isEmpty() && !name.equals(".")) depth++;
            if (depth < 0) return true;
        }
        return false;
    }
}
