package org.babelbake.bake;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.escaped.character.EscapedCharacterExtension;
import com.vladsch.flexmark.ext.escaped.character.internal.EscapedCharacterNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.Collection;
import java.util.List;

/**
 * flexmark's escaped-character extension (a backslash escape becomes a node of its own), asked
 * only about text with a backslash in it. flexmark unescapes every text node to look for one,
 * 1.5% of a 20,000-page build; text without a backslash has no escape, and is left exactly as
 * flexmark would leave it. Rendering is flexmark's own.
 */
final class PrefilteredEscapes extends PrefilteredExtension<EscapedCharacterExtension> {
    private PrefilteredEscapes() {
        super(EscapedCharacterExtension.create());
    }

    /** The extensions with flexmark's escaped-character extension in this one's place. */
    static List<Extension> inPlaceOfEscapes(Collection<Extension> extensions) {
        return inPlaceOf(extensions, EscapedCharacterExtension.class, PrefilteredEscapes::new);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Text nodes outside those that must not be decorated, as flexmark's factory asks for. */
    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodeWithExclusions(Text.class, DoNotDecorate.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            ParsedText.Finder backslash = new ParsedText.Finder('\\');
            return askingOnly(node -> backslash.isIn(node.getChars()), new EscapedCharacterNodePostProcessor(document));
        }
    }
}
