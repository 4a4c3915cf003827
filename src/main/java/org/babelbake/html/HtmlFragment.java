package org.babelbake.html;

import java.util.Objects;

/**
 * HTML that Babelbake made or cleaned itself (Markdown bodies after {@link HtmlSanitizer}), and
 * that templates may therefore output without escaping. Anything else reaching a template is
 * plain text and is escaped.
 */
public record HtmlFragment(String html) {
    public HtmlFragment {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
