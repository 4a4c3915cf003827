package org.babelbake.bake;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * flexmark's tables extension, asked only about paragraphs with a {@code |} in them: no table
 * is made without one (its separator line needs a pipe). flexmark sets up its table finder for
 * every document, compiling a regular expression, and has it look at every paragraph: 3% of a
 * large build. It is now set up at the first paragraph with a pipe, and other paragraphs are
 * left exactly as flexmark would leave them. Rendering is flexmark's own.
 */
final class PrefilteredTables extends PrefilteredExtension<TablesExtension> {
    private PrefilteredTables() {
        super(TablesExtension.create());
    }

    /** The extensions with flexmark's tables extension in this one's place. */
    static List<Extension> inPlaceOfTables(Collection<Extension> extensions) {
        return inPlaceOf(extensions, TablesExtension.class, PrefilteredTables::new);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /** flexmark's factory, with its place among the other paragraph pre-processors. */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParsedText.Finder pipe = new ParsedText.Finder('|');
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor stock;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState parserState) {
                    if (!pipe.isIn(paragraph.getChars())) return 0; // nothing taken from the paragraph
                    if (stock == null) stock = tables.apply(state);
                    return stock.preProcessBlock(paragraph, parserState);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
