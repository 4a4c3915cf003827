package org.babelbake.bake;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates cannot create Java objects, reach Java APIs, or read files outside templates/. */
class TemplateSafetyTest {
    @TempDir
    Path dir;

    private Problem failing(String templateLine) {
        TestSite site = TestSite.copyOfProject(dir.resolve("site")).keepLocales("en");
        site.replace("templates/404.ftl", "<h1>${msg(\"notFound.title\")}</h1>", templateLine);
        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);
        return failure.problems().get(0);
    }

    @Test
    void newBuiltInIsRefused() {
        Problem problem = failing("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertTrue(problem.toString().startsWith("templates/404.ftl:"), problem.toString());
        assertTrue(problem.message().contains("Execute"), problem.message());
    }

    @Test
    void apiBuiltInIsRefused() {
        Problem problem = failing("${site.version?api.getClass()}");
        assertTrue(problem.message().contains("api"), problem.message());
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTemplatesFolder() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Problem problem = failing("<#include \"../../secret.txt\">");
        assertTrue(problem.file().startsWith("templates/"), problem.toString());
        assertTrue(problem.message().contains("secret.txt") || problem.message().contains("not found")
                || problem.message().contains("missing"), problem.message());
    }

    @Test
    void valuesAreEscapedByDefault() {
        TestSite site = TestSite.copyOfProject(dir.resolve("site")).keepLocales("en");
        site.replace("translations/en.properties", "notFound.title=Page not found", "notFound.title=<b onmouseover=alert(1)>x</b>");
        site.build();
        String html = site.read("target/site/404.html");
        assertTrue(html.contains("&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;"));
        assertTrue(!html.contains("<b onmouseover"));
    }
}
