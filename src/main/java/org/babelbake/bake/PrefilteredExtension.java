package org.babelbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One of flexmark's extensions with its parsing step asked only where it could change
 * something; its options and its rendering stay flexmark's own.
 *
 * @param <T> flexmark's extension
 */
abstract class PrefilteredExtension<T extends Parser.ParserExtension & HtmlRenderer.HtmlRendererExtension>
        implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final T stock;

    PrefilteredExtension(T stock) {
        this.stock = stock;
    }

    /** The extensions with each of flexmark's {@code stockType} in the place of one of ours. */
    static List<Extension> inPlaceOf(Collection<Extension> extensions, Class<? extends Extension> stockType, Supplier<Extension> ours) {
        return extensions.stream().map(e -> stockType.isInstance(e) ? ours.get() : e).toList();
    }

    /** flexmark's post-processor, asked only about the nodes {@code mayChange} lets through; the others it would leave as they are. */
    static NodePostProcessor askingOnly(Predicate<Node> mayChange, NodePostProcessor stock) {
        return new NodePostProcessor() {
            @Override
            public void process(NodeTracker state, Node node) {
                if (mayChange.test(node)) stock.process(state, node);
            }
        };
    }

    @Override
    public final void parserOptions(MutableDataHolder options) {
        stock.parserOptions(options);
    }

    @Override
    public final void rendererOptions(MutableDataHolder options) {
        stock.rendererOptions(options);
    }

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        stock.extend(builder, rendererType);
    }
}
