package org.babelbake.bake;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * flexmark's tables extension, asked only about paragraphs with a {@code |} in them: no table
 * is made without one (its separator line needs a pipe). flexmark sets up its table finder for
 * every document, compiling a regular expression, and has it look at every paragraph: 3% of a
 * large build. It is now set up once for each set of table options, at the first paragraph with
 * a pipe, and other paragraphs are left exactly as flexmark would leave them. Rendering is
 * flexmark's own.
 */
final class PrefilteredTables extends PrefilteredExtension<TablesExtension> {
    /** What flexmark's table finder reads from a document's options (its {@code TableParserOptions}), in its order. */
    static final List<DataKey<?>> OPTIONS = List.of(TablesExtension.MAX_HEADER_ROWS, TablesExtension.MIN_HEADER_ROWS,
            TablesExtension.MIN_SEPARATOR_DASHES, TablesExtension.APPEND_MISSING_COLUMNS, TablesExtension.DISCARD_EXTRA_COLUMNS,
            TablesExtension.COLUMN_SPANS, TablesExtension.TRIM_CELL_WHITESPACE, TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH,
            TablesExtension.CLASS_NAME, TablesExtension.WITH_CAPTION);

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
    private static final class Factory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        /**
         * flexmark's table finders by the options they were made with. A finder keeps nothing of a
         * document (its only fields are those options and its regular expression, set when it is
         * made: {@code PrefilteredTablesTest} checks), so one serves every document with the same
         * options, on any thread.
         */
        private final Map<List<Object>, ParagraphPreProcessor> finders = new ConcurrentHashMap<>();

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParsedText.Finder pipe = new ParsedText.Finder('|');
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor finder;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState parserState) {
                    if (!pipe.isIn(paragraph.getChars())) return 0; // nothing taken from the paragraph
                    if (finder == null) finder = finders.computeIfAbsent(options(state.getProperties()), key -> tables.apply(state));
                    return finder.preProcessBlock(paragraph, parserState);
                }
            };
        }

        private static List<Object> options(DataHolder document) {
            return OPTIONS.stream().<Object>map(key -> key.get(document)).toList();
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
