package org.babelbake.bake;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * flexmark's rendering of a text node, with a short cut for plain text. flexmark unescapes every
 * text node, normalises its line ends and escapes it for HTML, each a regular expression or a
 * copy of the text: 8% of a 20,000-page build. Text without a backslash, an ampersand, a
 * {@code <}, a {@code >}, a double quote or a carriage return comes out of all three unchanged,
 * so it is written as it is (or as a placeholder, {@link DeferredTexts}); any other text takes
 * flexmark's own path.
 */
final class PlainTextRenderer implements NodeRenderer {
    /** Asked before flexmark's core renderer, which it stands in for only for {@link Text}. */
    static final NodeRendererFactory FACTORY = options -> new PlainTextRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = ParsedText.of(node.getChars());
        if (isPlain(text)) {
            DeferredTexts deferred = DeferredTexts.of(context.getDocument()); // the renderer's own: no walk up the tree
            html.raw(deferred == null ? text : deferred.write(text));
        } else {
            html.text(Escaping.normalizeEOL(node.getChars().unescape())); // as flexmark's CoreNodeRenderer does
        }
    }

    /** Whether unescaping, line-end normalising and HTML escaping all leave the text as it is. */
    static boolean isPlain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '<', '>', '"', '\r':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }
}
