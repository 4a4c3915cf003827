package org.babelbake.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the link check needs of a page, taken while the page is made: every reference it makes
 * (link, image, stylesheet, script) and every id a fragment can point at, each with the
 * {@linkplain EditionMarks edition marks} around it, so that one parse serves the online site and
 * every offline copy.
 */
public record PageLinks(List<Reference> references, List<Anchor> anchors) {
    /** The elements and attributes a browser follows or loads. */
    private static final Set<String> BY_HREF = Set.of("a", "area", "link");
    private static final Set<String> BY_SRC = Set.of("img", "script", "source", "iframe", "video", "audio");

    /**
     * @param element the element's name, e.g. {@code img}
     * @param marks   the edition marks around it, outermost first; empty for most
     */
    public record Reference(String element, String target, List<String> marks) {
    }

    public record Anchor(String id, List<String> marks) {
    }

    public PageLinks {
        references = List.copyOf(references);
        anchors = List.copyOf(anchors);
    }

    /** Reads a parsed page once; its edition marks, if any, are comments in it. */
    public static PageLinks of(Document page) {
        List<Reference> references = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        page.traverse(new EditionMarks.MarkedWalk() {
            @Override
            void visit(Node node, int depth, List<String> marks) {
                if (!(node instanceof Element element)) return;
                String name = element.normalName();
                String attribute = BY_HREF.contains(name) ? "href" : BY_SRC.contains(name) ? "src" : null;
                if (attribute != null && element.hasAttr(attribute)) {
                    references.add(new Reference(name, element.attr(attribute), marks));
                }
                if (!element.id().isEmpty()) anchors.add(new Anchor(element.id(), marks));
                if (name.equals("a") && element.hasAttr("name")) anchors.add(new Anchor(element.attr("name"), marks));
            }
        });
        return new PageLinks(references, anchors);
    }

    /** The references an edition's version of the page makes. */
    public List<Reference> in(EditionMarks.Scope scope) {
        return references.stream().filter(r -> EditionMarks.keepsAll(scope, r.marks())).toList();
    }

    /** The ids an edition's version of the page has. */
    public Set<String> idsIn(EditionMarks.Scope scope) {
        Set<String> ids = new HashSet<>();
        anchors.stream().filter(a -> EditionMarks.keepsAll(scope, a.marks())).forEach(a -> ids.add(a.id()));
        return ids;
    }
}
