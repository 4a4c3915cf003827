package org.babelbake.bake;

import org.babelbake.content.ContentFile;
import org.babelbake.content.ContentFileReader;
import org.babelbake.content.LinkTargets;
import org.babelbake.html.HtmlSanitizer;
import org.babelbake.problem.Problems;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body with nothing to render is neither read again nor rendered, and only such a body. */
class JBakeMarkdownTest {
    private static final String HEADER = "type=section\nstatus=published\ntitle=X\n" + ContentFileReader.SEPARATOR + "\n";
    private static final LinkTargets LINKS = new LinkTargets(Map.of("mda", "https://www.mda.org/"), "content/en/a/index.md");

    @TempDir
    Path root;

    private JBakeConfiguration config() throws Exception {
        Files.writeString(root.resolve("jbake.properties"), "markdown.extensions=AUTOLINKS,FENCED_CODE_BLOCKS,TABLES,SMARTS,QUOTES\n");
        return JBakeSettings.load(root, root.resolve("out"));
    }

    private ContentFile read(String body) throws Exception {
        Path file = root.resolve("content/en/a/10-x.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + body);
        Problems problems = new Problems();
        ContentFile read = ContentFileReader.read(root, file, "en", "en", "a/10-x.md", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return read;
    }

    /** What flexmark itself makes of the body, with the article's link definitions, as the build gives them. */
    private String flexmark(JBakeConfiguration config, String body) {
        ParserContext context = new ParserContext(root.resolve("x.md").toFile(), List.of(), config, true);
        context.setBody(body + "\n" + LINKS.definitions());
        new SharedParserMarkdownEngine(config).processBody(context);
        return context.getBody();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n\n\n", "  \n", "\t\n \t \n", "    \n\n"})
    void aBlankBodyIsOneThatFlexmarkRendersToNothing(String body) throws Exception {
        JBakeConfiguration config = config();
        assertTrue(read(body).blankBody(), "blank: " + body.replace("\n", "\\n"));
        assertEquals("", flexmark(config, body).strip(), "flexmark renders nothing for " + body.replace("\n", "\\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\n", "\n\nx\n", "\u3000\n", "\u00a0\n", "  \u2003\n", "[a][mda]\n", "<!-- -->\n"})
    void textOrOtherWhiteSpaceIsNotBlank(String body) throws Exception {
        assertFalse(read(body).blankBody(), "not blank: " + body.replace("\n", "\\n"));
    }

    @Test
    void ideographicSpaceIsAParagraphToMarkdown() throws Exception {
        // Why blank means spaces and tabs only: other white space is text to Markdown (CommonMark's blank line).
        assertEquals("<p>\u3000</p>", flexmark(config(), "\u3000\n").strip());
    }

    @Test
    void aBlankBodyRendersToNothingWithoutBeingReadAgain() throws Exception {
        ContentFile file = read("\n  \n");
        Files.delete(file.path()); // reading it again would fail: the file is gone
        Problems problems = new Problems();
        String html = new JBakeMarkdown(config(), new HtmlSanitizer(), false).toHtml(file, LINKS, problems).html();
        assertEquals("", html);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void aBodyWithTextIsStillReadAndRendered() throws Exception {
        ContentFile file = read("See [the MDA][mda].\n");
        String html = new JBakeMarkdown(config(), new HtmlSanitizer(), false).toHtml(file, LINKS, new Problems()).html();
        assertEquals("<p>See <a href=\"https://www.mda.org/\">the MDA</a>.</p>", html.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " <b>and raw HTML</b>"})
    void anUnsafeLinkIsRemovedAndReportedAtItsLineOnEitherPath(String html) throws Exception {
        // Without raw HTML the body is written as a tree (MarkdownTree), with it as flexmark's HTML: both are cleaned alike.
        String body = "First line.\n\nA [link](javascript:alert(1)) and ![an image](data:image/png;base64,AAAA)" + html + ".\n";
        assertEquals(html.isEmpty(), new SharedParserMarkdownEngine(FlexmarkPair.SITE).render(body, HtmlSanitizer.BASE).tree() != null);
        Problems problems = new Problems();
        String out = new JBakeMarkdown(config(), new HtmlSanitizer(), false).toHtml(read(body), LINKS, problems).html();
        assertFalse(out.contains("javascript:") || out.contains("data:"), out);
        assertTrue(out.contains("<a>link</a>"), out);
        List<String> reported = problems.sorted().stream().map(Object::toString).toList();
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.stream().allMatch(r -> r.startsWith("content/en/a/10-x.md:7:")), reported.toString());
    }
}
