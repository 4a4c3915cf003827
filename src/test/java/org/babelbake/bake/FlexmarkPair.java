package org.babelbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.jsoup.Jsoup;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** flexmark with its stock extensions, or with one of them replaced by ours: the same Markdown must give the same HTML. */
record FlexmarkPair(Parser parser, HtmlRenderer renderer) {
    /** The pegdown flags of the example site's jbake.properties. */
    static final int SITE = PegdownExtensions.AUTOLINKS | PegdownExtensions.FENCED_CODE_BLOCKS
            | PegdownExtensions.TABLES | PegdownExtensions.SMARTS | PegdownExtensions.QUOTES;
    /** The site's flags and every flag flexmark's pegdown profile knows (abbreviations keep flexmark's own autolinks). */
    static final int[] FLAG_SETS = {SITE, PegdownExtensions.ALL & ~PegdownExtensions.ABBREVIATIONS};

    static FlexmarkPair stock(int flags) {
        return of(SharedParserMarkdownEngine.stockOptions(flags));
    }

    static FlexmarkPair replaced(int flags, Function<Collection<Extension>, List<Extension>> replace) {
        DataHolder stock = SharedParserMarkdownEngine.stockOptions(flags);
        return of(new MutableDataSet(stock).set(Parser.EXTENSIONS, replace.apply(Parser.EXTENSIONS.get(stock))).toImmutable());
    }

    private static FlexmarkPair of(DataHolder options) {
        return new FlexmarkPair(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    /** The HTML of {@code markdown}, {@linkplain #decoded decoded}. */
    String html(String markdown) {
        return decoded(renderer.render(parser.parse(markdown)));
    }

    /** flexmark writes e-mail addresses as character references chosen at random; the build reads them as jsoup does. */
    static String decoded(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    /** The same HTML from stock flexmark and from flexmark with {@code replace}'s extension, under both flag sets. */
    static void assertSameHtml(Function<Collection<Extension>, List<Extension>> replace, String markdown) {
        for (int flags : FLAG_SETS) {
            assertEquals(stock(flags).html(markdown), replaced(flags, replace).html(markdown), "flags " + flags + ": " + markdown);
        }
    }

    /** The site's extensions after {@code replace}: one of {@code ours}, none of {@code stock}. */
    static void assertReplaces(Function<Collection<Extension>, List<Extension>> replace, Class<?> stock, Class<?> ours) {
        List<Extension> replaced = replace.apply(Parser.EXTENSIONS.get(SharedParserMarkdownEngine.stockOptions(SITE)));
        assertEquals(1, replaced.stream().filter(ours::isInstance).count(), replaced.toString());
        assertEquals(0, replaced.stream().filter(stock::isInstance).count(), replaced.toString());
    }

    /** Random Markdown of pieces that make and break tables, escapes, links and emphasis, under both flag sets. */
    static void assertSameOnRandomMarkdown(Function<Collection<Extension>, List<Extension>> replace, long seed) {
        String[] pieces = {"word", " ", " ", "\n", "\n", "\n\n", "|", "|", " | ", "---", ":--", "--:", "-", ":", "\\", "\\|",
                "\\*", "*", "_", "`", "&amp;", "&", "<b>", "\"", "'", "...", "[", "]", "(", ")", "https://example.org/x", "www.", "> ",
                "- ", "1. ", "# ", "```", "中文", "عربي"};
        Random random = new Random(seed);
        for (int flags : FLAG_SETS) {
            FlexmarkPair stock = stock(flags);
            FlexmarkPair ours = replaced(flags, replace);
            for (int i = 0; i < 1500; i++) {
                String text = randomMarkdown(random, pieces);
                assertEquals(stock.html(text), ours.html(text), "flags " + flags + ": " + text);
            }
        }
    }

    /** Up to 59 of {@code pieces}, drawn at random. */
    static String randomMarkdown(Random random, String[] pieces) {
        StringBuilder markdown = new StringBuilder();
        for (int n = random.nextInt(60); n > 0; n--) markdown.append(pieces[random.nextInt(pieces.length)]);
        return markdown.toString();
    }
}
