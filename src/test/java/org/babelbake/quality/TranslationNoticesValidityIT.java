package org.babelbake.quality;

import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The notices on outdated and untranslated parts (sections, glossary terms, key words) are valid
 * HTML too: the default site has none, so this builds one that has all of them.
 */
class TranslationNoticesValidityIT {
    @TempDir
    Path dir;

    @Test
    void pagesWithOutdatedAndFallbackPartsPassTheNuHtmlChecker() throws Exception {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en", "es", "ar");
        site.replace("content/en/imnm/20-symptoms.md", "title=What are the symptoms", "title=What are the signs");
        site.replace("content/en/imnm/index.md", "description=IMNM is one of", "description=IMNM is among");
        site.replace("content/en/imnm/glossary/myopathy.md", "title=myopathy", "title=myopathy (muscle disease)");
        site.replace("content/en/imnm/60-references.md", "ref.1.title=Inflammatory Muscle Diseases", "ref.1.title=Inflammatory muscle diseases");
        site.delete("content/ar/imnm/30-causes.md").delete("content/ar/imnm/glossary/myositis.md");
        site.build();
        List<String> errors = new ArrayList<>();
        for (String locale : List.of("es", "ar")) {
            try (Stream<Path> pages = Files.list(site.out().resolve(locale + "/imnm"))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                    errors.addAll(NuChecker.errors(page, site.out().relativize(page).toString()));
                }
            }
        }
        assertFalse(site.page("es/imnm/glossary.html").select("dd.notice-outdated").isEmpty(), "the case is there");
        assertFalse(site.page("ar/imnm/index.html").select("aside.keywords dd.notice-fallback").isEmpty(), "the case is there");
        assertEquals(List.of(), errors);
    }
}
