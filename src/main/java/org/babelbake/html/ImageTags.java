package org.babelbake.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finishes the images of a cleaned Markdown body: each gets its file's {@code width} and
 * {@code height} (no jump in the text when it arrives) and {@code loading="lazy"} (the page
 * that shows it takes it off its first image); an image without alt text is refused unless its
 * title says {@code decorative}, which makes it {@code alt=""} (skipped by screen readers).
 */
public final class ImageTags {
    /** Parsed once: a selector given as a string is parsed again at every use. */
    private static final Evaluator LAZY_IMAGE = QueryParser.parse("img[loading]");
    /** The title that marks an image as decoration: {@code ![](border.png "decorative")}. */
    public static final String DECORATIVE = "decorative";

    /** Where an image's address leads: the address to write on the page and the file's size. */
    public record Target(String src, int width, int height) {
    }

    /** Thrown by a {@link Resolver} for an address that cannot be shown; the message says what to do. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    /** Looks up an image's address as written in the Markdown. */
    public interface Resolver {
        Target resolve(String src) throws RefusedException;
    }

    /** An image the body may not show. */
    public record Refusal(String src, String message) {
    }

    /** The body with its images finished, and what was refused. */
    public record Result(HtmlFragment html, List<Refusal> refused) {
        public Result {
            refused = List.copyOf(refused);
        }
    }

    private ImageTags() {
    }

    public static Result finish(HtmlFragment html, Resolver resolver) {
        if (!html.mayHave("img")) return new Result(html, List.of());
        Element body = html.edit();
        List<Refusal> refused = new ArrayList<>();
        for (Element img : body.getElementsByTag("img")) {
            String src = img.attr("src");
            if (img.attr("alt").isBlank()) {
                if (img.attr("title").strip().toLowerCase(Locale.ROOT).equals(DECORATIVE)) {
                    // alt="" alone is how HTML marks decoration (a role beside it is invalid there).
                    img.attr("alt", "").removeAttr("title");
                } else {
                    refused.add(new Refusal(src, "image \"" + src + "\" has no alt text, so people who cannot see it "
                            + "miss what it shows: write it between the brackets, e.g. ![Muscle biopsy under a microscope]("
                            + src + "), or mark an image that is only decoration with ![](" + src + " \"" + DECORATIVE + "\")"));
                }
            }
            try {
                Target target = resolver.resolve(src);
                img.attr("src", target.src()).attr("width", Integer.toString(target.width()))
                        .attr("height", Integer.toString(target.height())).attr("loading", "lazy");
            } catch (RefusedException e) {
                refused.add(new Refusal(src, e.getMessage()));
            }
        }
        return new Result(HtmlFragment.parsed(body), refused);
    }

    /** Lets the first image under {@code root} load at once (it may be on the first screen); the others stay lazy. */
    public static void loadFirstAtOnce(Element root) {
        Element first = root.selectFirst(LAZY_IMAGE);
        if (first != null) first.removeAttr("loading");
    }
}
