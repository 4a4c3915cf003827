package org.babelbake.site;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeLoadTest {
    @TempDir
    Path dir;

    @Test
    void theSiteIsReadOnAnotherThread() {
        Thread[] readOn = new Thread[1];
        ThemeLoad.inBackground(() -> {
            readOn[0] = Thread.currentThread();
            return null;
        }).join();
        assertNotSame(Thread.currentThread(), readOn[0]);
    }

    @Test
    void aFailureIsThrownAsItWasThrownNotWrapped() {
        // The command line prints a BuildFailedException's problems by its type, and the preview and
        // tests catch it by type: a CompletionException around it would be one line about the wrapper.
        BuildFailedException broken = new BuildFailedException(new Problem("templates/home.ftl", 3, "template does not parse"));
        ThemeLoad failing = ThemeLoad.inBackground(() -> {
            throw broken;
        });
        assertSame(broken, assertThrows(BuildFailedException.class, failing::join));

        UncheckedIOException unreadable = new UncheckedIOException(new IOException("assets/: Permission denied"));
        assertSame(unreadable, assertThrows(UncheckedIOException.class, ThemeLoad.inBackground(() -> {
            throw unreadable;
        })::join));

        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, ThemeLoad.inBackground(() -> {
            throw error;
        })::join));
    }

    @Test
    void aSiteGivesItsTemplatesAndAssetsWithoutProblems() {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        Problems problems = new Problems();
        ThemeLoad.Theme theme = ThemeLoad.start(site.root(), site.out(), problems).join();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        for (String template : SiteBuilder.TEMPLATES) assertTrue(theme.templates().exists(template), template);
        assertTrue(theme.assets().stream().anyMatch(a -> a.name().equals("site.css")), theme.assets().toString());
    }
}
