package org.babelbake.bake;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.escaped.character.EscapedCharacter;
import com.vladsch.flexmark.ext.escaped.character.EscapedCharacterExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.babelbake.html.HtmlSanitizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * flexmark's document written straight into jsoup nodes: the tree jsoup would parse from
 * flexmark's HTML, without writing that HTML and parsing it again (a build took 6–8% less
 * time). It knows the nodes of CommonMark without raw HTML and of the tables, typographic,
 * autolink and escaped-character extensions, each written as flexmark's renderer
 * writes it with the options in use, including the line ends flexmark puts between blocks.
 * Anything else (raw HTML, other extensions, options that change the writing, and the few
 * places where flexmark's writer would reflow text or jsoup would rebuild the tree) makes
 * {@link #of} answer null, and the document takes flexmark's HTML path as before.
 */
final class MarkdownTree {
    /** The extensions whose nodes this writes; with any other, every document takes flexmark's path. */
    private static final Set<Class<?>> KNOWN_EXTENSIONS = Set.of(EscapedCharacterExtension.class, PrefilteredEscapes.class,
            AutolinkExtension.class, PrefilteredAutolinks.class, TypographicExtension.class, TablesExtension.class,
            PrefilteredTables.class);
    private static final String SOFT_BREAK = " ";
    private static final String HARD_BREAK = "<br />\n";

    private final ListOptions listOptions;
    private final DataHolder options;
    private final String wwwPrefix;
    private final String languagePrefix;
    private final Map<String, String> languageClasses;
    private final CharPredicate languageDelimiters;
    private final boolean entitiesAsText;
    /** The character references of the typographic extension (a few, from its options), decoded as jsoup decodes them. */
    private final Map<String, String> typographic = new ConcurrentHashMap<>();

    private MarkdownTree(DataHolder options, HtmlRendererOptions html, ListOptions listOptions) {
        this.options = options;
        this.listOptions = listOptions;
        this.wwwPrefix = html.autolinkWwwPrefix;
        this.languagePrefix = html.languageClassPrefix;
        this.languageClasses = html.languageClassMap;
        this.languageDelimiters = html.languageDelimiterSet;
        this.entitiesAsText = html.unescapeHtmlEntities;
    }

    /** A writer for documents parsed with {@code options}, or null when flexmark's renderer must write them. */
    static MarkdownTree forOptions(DataHolder options) {
        Collection<Extension> extensions = Parser.EXTENSIONS.get(options);
        if (!extensions.stream().allMatch(e -> KNOWN_EXTENSIONS.contains(e.getClass()))) return null;
        HtmlRendererOptions html = new HtmlRendererOptions(options);
        ListOptions lists = ListOptions.get(options);
        boolean plain = html.indentSize == 0 && !html.renderHeaderId && !html.sourcePositionParagraphLines
                && !html.noPTagsUseBr && html.emphasisStyleHtmlOpen == null && html.strongEmphasisStyleHtmlOpen == null
                && html.codeStyleHtmlOpen == null && !html.percentEncodeUrls
                && html.noLanguageClass.isBlank() && SOFT_BREAK.equals(html.softBreak) && HARD_BREAK.equals(html.hardBreak)
                && html.htmlBlockCloseTagEol && !Parser.FENCED_CODE_CONTENT_BLOCK.get(options)
                && !Parser.CODE_SOFT_LINE_BREAKS.get(options) && !HtmlRenderer.DO_NOT_RENDER_LINKS.get(options)
                && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options) && !lists.isOrderedListManualStart()
                && TablesExtension.CLASS_NAME.get(options).isEmpty()
                && (html.suppressedLinks == null || html.suppressedLinks.pattern().equals("(?!)"));
        return plain ? new MarkdownTree(options, html, lists) : null;
    }

    /**
     * The document as jsoup's body fragment parse of flexmark's HTML would give it, in a shell
     * with {@code baseUri}; null when this cannot promise that, so flexmark's HTML is to be parsed.
     */
    Document of(com.vladsch.flexmark.util.ast.Document markdown, String baseUri) {
        Document document = Document.createShell(baseUri);
        Writer writer = new Writer(document.body());
        try {
            writer.children(markdown);
            writer.flush();
        } catch (Unwritable e) {
            return null;
        }
        return document;
    }

    /** A node or a layout this does not write as flexmark would: the document goes flexmark's way. */
    private static final class Unwritable extends RuntimeException {
        Unwritable() {
            super(null, null, false, false);
        }
    }

    private static final Unwritable UNWRITABLE = new Unwritable();

    /** Writes one document: its open element, the text not yet put into a node, and where the line stands. */
    private final class Writer {
        private Element current;
        private final StringBuilder text = new StringBuilder();
        /** Whether flexmark's writer would be at the start of a line (nothing written on it yet). */
        private boolean lineStart = true;
        private boolean inLink;

        Writer(Element body) {
            this.current = body;
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) node(child);
        }

        private void node(Node node) {
            Class<?> type = node.getClass();
            if (type == Text.class) text(plainText(node));
            else if (type == Paragraph.class) paragraph((Paragraph) node);
            else if (type == SoftLineBreak.class) text(SOFT_BREAK);
            else if (type == Heading.class) block("h" + ((Heading) node).getLevel(), node);
            else if (type == Emphasis.class) inline("em", node);
            else if (type == StrongEmphasis.class) inline("strong", node);
            else if (type == Link.class) link((Link) node);
            else if (type == LinkRef.class) linkRef((LinkRef) node);
            else if (type == BulletList.class) container("ul", node);
            else if (type == OrderedList.class) container("ol", node);
            else if (type == BulletListItem.class || type == OrderedListItem.class) listItem((ListItem) node);
            else if (type == TypographicSmarts.class) text(decoded(((TypographicSmarts) node).getTypographicText()));
            else if (type == TypographicQuotes.class) quotes((TypographicQuotes) node);
            else if (type == HtmlEntity.class) text(entitiesAsText ? node.getChars().unescape()
                    : org.jsoup.parser.Parser.unescapeEntities(node.getChars().unescapeNoEntities(), false));
            else if (type == EscapedCharacter.class) text(node.getChars().unescape());
            else if (type == TextBase.class) children(node);
            else if (type == Code.class) code((Code) node);
            else if (type == HardLineBreak.class) hardBreak();
            else if (type == AutoLink.class) autoLink((AutoLink) node);
            else if (type == MailLink.class) mailLink((MailLink) node);
            else if (type == TableBlock.class) container("table", node);
            else if (type == TableHead.class) block("thead", node);
            else if (type == TableBody.class) block("tbody", node);
            else if (type == TableRow.class) block("tr", node);
            else if (type == TableCaption.class) block("caption", node);
            else if (type == TableCell.class) cell((TableCell) node);
            else if (type == TableSeparator.class || type == Reference.class) return;
            else if (type == BlockQuote.class) container("blockquote", node);
            else if (type == ThematicBreak.class) block("hr", node);
            else if (type == FencedCodeBlock.class) fencedCode((FencedCodeBlock) node);
            else if (type == IndentedCodeBlock.class) codeBlock(null, ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            else if (type == Image.class) image((Image) node);
            else if (type == ImageRef.class) imageRef((ImageRef) node);
            else throw UNWRITABLE;
        }

        /** A text node's text as flexmark writes it ({@link PlainTextRenderer}): unescaped, unless there is nothing to unescape. */
        private String plainText(Node node) {
            String text = ParsedText.of(node.getChars());
            return PlainTextRenderer.isPlain(text) ? text : Escaping.normalizeEOL(node.getChars().unescape());
        }

        /** Text as flexmark's writer lays it out: one line (a line end or a space at a line's start would be reflowed). */
        private void text(String value) {
            if (value.isEmpty()) return;
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) throw UNWRITABLE;
            if (lineStart && (value.charAt(0) == ' ' || value.charAt(0) == '\t')) throw UNWRITABLE;
            text.append(value);
            lineStart = false;
        }

        /** flexmark's {@code line()}: a line end unless the line is empty. */
        private void line() {
            if (lineStart) return;
            text.append('\n');
            lineStart = true;
        }

        /** The text so far as one node, as jsoup reads a run of text and character references. */
        void flush() {
            if (text.isEmpty()) return;
            current.appendChild(new TextNode(text.toString()));
            text.setLength(0);
        }

        private Element open(String tag) {
            flush();
            Element element = current.appendElement(tag);
            current = element;
            lineStart = false;
            return element;
        }

        private void close() {
            flush();
            current = current.parent();
            lineStart = false;
        }

        private void inline(String tag, Node node) {
            open(tag);
            children(node);
            close();
        }

        /** flexmark's {@code tagLine}: the element on lines of its own. */
        private void block(String tag, Node node) {
            line();
            open(tag);
            children(node);
            close();
            line();
        }

        /** flexmark's {@code tagIndent} and {@code tagLineIndent} (no indent): the children start on a line of their own. */
        private void container(String tag, Node node) {
            line();
            open(tag);
            line();
            children(node);
            line();
            close();
            line();
        }

        private void paragraph(Paragraph node) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, listOptions, options)) {
                children(node);
            } else {
                block("p", node);
            }
        }

        private void listItem(ListItem node) {
            if (!node.getMarkerSuffix().isEmpty()) throw UNWRITABLE;
            block("li", node);
        }

        private void cell(TableCell node) {
            if (node.getSpan() > 1) throw UNWRITABLE;
            Element cell = open(node.isHeader() ? "th" : "td");
            if (node.getAlignment() != null) {
                // As HtmlSanitizer.alignmentAsClass makes of flexmark's align attribute.
                cell.attr("class", HtmlSanitizer.alignmentClass(switch (node.getAlignment()) {
                    case LEFT -> "left";
                    case CENTER -> "center";
                    case RIGHT -> "right";
                }));
            }
            children(node);
            close();
        }

        private void quotes(TypographicQuotes node) {
            if (node.getTypographicOpening() != null) text(decoded(node.getTypographicOpening()));
            children(node);
            if (node.getTypographicClosing() != null) text(decoded(node.getTypographicClosing()));
        }

        private void code(Code node) {
            open("code");
            text(Escaping.collapseWhitespace(node.getText(), true));
            close();
        }

        private void hardBreak() {
            open("br");
            close();
            text.append('\n');
            lineStart = true;
        }

        private void fencedCode(FencedCodeBlock node) {
            BasedSequence info = node.getInfo();
            String language = null;
            if (info.isNotNull() && !info.isBlank()) {
                String name = node.getInfoDelimitedByAny(languageDelimiters).unescape();
                language = languageClasses.getOrDefault(name, languagePrefix + name);
            }
            codeBlock(language, node.getContentChars().normalizeEOL());
        }

        /** A code block's text, as it is (line ends included), in {@code <pre><code>}. */
        private void codeBlock(String languageClass, String content) {
            if (content.indexOf('\r') >= 0 || content.indexOf('\0') >= 0) throw UNWRITABLE;
            line();
            open("pre");
            Element code = open("code");
            if (languageClass != null) code.attr("class", attribute(languageClass));
            text.append(content);
            close();
            close();
            line();
        }

        private void link(Link node) {
            anchor(node.getUrl(), node.getTitle(), node);
        }

        private void linkRef(LinkRef node) {
            if (node.isDefined()) {
                Reference reference = node.getReferenceNode(Parser.REFERENCES.get(node.getDocument()));
                anchor(reference.getUrl(), reference.getTitle(), node);
            } else if (!node.hasChildren()) {
                text(node.getChars().unescape());
            } else {
                // An undefined reference is its brackets as text around its children, as flexmark writes it.
                text(node.getChars().prefixOf(node.getChildChars()).unescape());
                children(node);
                text(node.getChars().suffixOf(node.getChildChars()).unescape());
            }
        }

        /** A link whose words are the node's children. */
        private void anchor(BasedSequence url, BasedSequence title, Node words) {
            Element a = openLink(url.unescape());
            if (title.isNotNull()) a.attr("title", attribute(title.unescape()));
            children(words);
            closeLink();
        }

        private void autoLink(AutoLink node) {
            String text = node.getText().toString();
            openLink(text.startsWith("www.") ? wwwPrefix + text : text);
            text(text);
            closeLink();
        }

        private void mailLink(MailLink node) {
            String text = node.getText().unescape();
            openLink("mailto:" + text);
            text(text);
            closeLink();
        }

        private Element openLink(String href) {
            // jsoup closes an open link at the next one: flexmark's nesting would not survive the parse.
            if (inLink) throw UNWRITABLE;
            inLink = true;
            return open("a").attr("href", attribute(href));
        }

        private void closeLink() {
            close();
            inLink = false;
        }

        private void image(Image node) {
            if (!node.getUrlContent().isEmpty()) throw UNWRITABLE;
            img(node.getUrl(), node.getTitle(), node);
        }

        private void imageRef(ImageRef node) {
            if (node.isDefined()) {
                Reference reference = node.getReferenceNode(Parser.REFERENCES.get(node.getDocument()));
                img(reference.getUrl(), reference.getTitle(), node);
            } else {
                text(node.getChars().unescape());
            }
        }

        /** An image whose text alternative is the node's text. */
        private void img(BasedSequence src, BasedSequence title, Node alt) {
            Element img = open("img");
            img.attr("src", attribute(src.unescape()));
            img.attr("alt", attribute(new TextCollectingVisitor().collectAndGetText(alt)));
            if (title.isNotNull()) img.attr("title", attribute(title.unescape()));
            close();
        }
    }

    /**
     * What jsoup reads from an attribute value as flexmark writes it: flexmark escapes the value
     * but keeps what looks like a character reference, which jsoup then decodes.
     */
    private static String attribute(String value) {
        if (value.indexOf('&') < 0) return value;
        return org.jsoup.parser.Parser.unescapeEntities(Escaping.escapeHtml(value, true), true);
    }

    /** What jsoup reads for the typographic extension's character references, which flexmark writes as they are. */
    private String decoded(String raw) {
        return typographic.computeIfAbsent(raw, r -> org.jsoup.parser.Parser.unescapeEntities(r, false));
    }
}
