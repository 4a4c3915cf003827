package org.babelbake.bake;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.Collection;
import java.util.List;

/**
 * flexmark's autolink extension (bare addresses, {@code www.} addresses and e-mail addresses
 * become links), asked only about text that could hold a link. flexmark runs a regular
 * expression and a link scanner over every text node, about 2% of a large build. A link needs
 * a {@code :}, an {@code @} or {@code www}; text with an entity ({@code &}) or a backslash, which
 * unescape to other characters, is asked too. Text with none of these is left exactly as
 * flexmark would leave it.
 */
final class PrefilteredAutolinks implements Parser.ParserExtension {
    private PrefilteredAutolinks() {
    }

    /**
     * The extensions with flexmark's autolink extension in this one's place. Abbreviations are
     * ordered after flexmark's autolink post-processor by its class, so with them the list is
     * left as it is.
     */
    static List<Extension> inPlaceOfAutolinks(Collection<Extension> extensions) {
        if (extensions.stream().anyMatch(e -> e instanceof AbbreviationExtension)) return List.copyOf(extensions);
        return PrefilteredExtension.inPlaceOf(extensions, AutolinkExtension.class, PrefilteredAutolinks::new);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Text nodes, as flexmark's factory asks for. */
    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return PrefilteredExtension.askingOnly(PrefilteredAutolinks::mayHoldLink, new AutolinkNodePostProcessor(document));
        }
    }

    /**
     * flexmark joins a text node with the typographic characters and entities right after it
     * before it looks for links, so those count too; it joins nothing past another kind of node (a
     * link, emphasis, code), whose own text nodes are asked in their turn. Stopping there spares
     * the scan of every Markdown link's address, which has a {@code :}, for the text before it.
     */
    private static boolean mayHoldLink(Node text) {
        for (Node node = text; node instanceof Text || node instanceof TypographicText || node instanceof HtmlEntity;
             node = node.getNext()) {
            if (ParsedText.read(node.getChars(), PrefilteredAutolinks::hasLinkSign)) return true;
        }
        return false;
    }

    /** Scans the parsed string itself where it can: a flexmark sequence checks every index it is asked for. */
    private static boolean hasLinkSign(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ':', '@', '&', '\\':
                    return true;
                case 'w':
                    if (i + 2 < to && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w') return true;
                    break;
                default:
                    break;
            }
        }
        return false;
    }
}
