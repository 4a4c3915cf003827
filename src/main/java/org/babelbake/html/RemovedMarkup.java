package org.babelbake.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One piece of markup that cleaning removes from a Markdown body, with why and what to do
 * instead, so that a writer learns it at the line that has it instead of finding it gone.
 *
 * @param needle what the source line shows, to find that line (e.g. {@code <form}, {@code onclick=})
 * @param message what is removed, why, and the way to do it instead
 */
public record RemovedMarkup(String needle, String message) {
    private static final Set<String> FORM_PARTS = Set.of("form", "input", "button", "select", "textarea", "option", "label", "fieldset");
    private static final Set<String> EMBEDS = Set.of("iframe", "frame", "object", "embed", "video", "audio", "source", "track", "canvas");

    /** The markup under {@code body} that {@code safelist} does not allow, walking the tree as jsoup's Cleaner does. */
    static List<RemovedMarkup> find(Element body, Safelist safelist) {
        List<RemovedMarkup> found = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) continue;
            String tag = element.normalName();
            if (insideRemoved(element, body, safelist)) continue; // named once, by its outermost removed element
            if (!safelist.isSafeTag(tag)) {
                found.add(new RemovedMarkup("<" + tag, elementMessage(tag)));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(tag, element, attribute)) found.add(attributeRemoved(tag, attribute));
            }
        }
        return found;
    }

    private static boolean insideRemoved(Element element, Element body, Safelist safelist) {
        for (Element parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!safelist.isSafeTag(parent.normalName())) return true;
        }
        return false;
    }

    private static String elementMessage(String tag) {
        if (tag.equals("script") || tag.equals("noscript")) {
            return "<" + tag + "> is removed: pages run no script from content (it could act in the reader's name); "
                    + "link to a page instead, or put the script in a template the site owns (templates/) with its file in assets/";
        }
        if (FORM_PARTS.contains(tag)) {
            return "<" + tag + "> is removed: content may not hold forms (a static page cannot process them, and a form "
                    + "in text could post the reader's data anywhere); make a donate or contact button a link to the page that "
                    + "takes it, e.g. [Donate](https://...), or put the form in a template partial the site owns (templates/)";
        }
        if (EMBEDS.contains(tag)) {
            return "<" + tag + "> is removed: embedded players and pages load from other sites (tracking readers) and do not "
                    + "work offline; link to the page instead, e.g. [Watch the video](https://...)";
        }
        if (tag.equals("style") || tag.equals("link") || tag.equals("meta") || tag.equals("base")) {
            return "<" + tag + "> is removed: content cannot change the page's head or styles; "
                    + "put styles in assets/site.css and head elements in templates/layout.ftl";
        }
        return "<" + tag + "> is removed: it is not one of the elements content may use (text, headings, lists, "
                + "tables, links, images, figures); write it in Markdown, or put it in a template the site owns (templates/)";
    }

    private static RemovedMarkup attributeRemoved(String tag, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return new RemovedMarkup(key + "=", "event handler " + key + "= on <" + tag + "> is removed: pages run no script "
                    + "from content; remove it (a plain link or button-styled link needs none)");
        }
        if (key.equals("style")) {
            return new RemovedMarkup("style=", "style= on <" + tag + "> is removed: the site's stylesheet styles content, "
                    + "the same in every language and in print; remove it and use Markdown (emphasis, headings, lists), "
                    + "or add a rule to assets/site.css");
        }
        if (key.equals("href") || key.equals("src")) {
            String value = attribute.getValue().strip();
            int colon = value.indexOf(':');
            String scheme = colon > 0 ? value.substring(0, colon + 1) : value;
            return new RemovedMarkup(value.isEmpty() ? key + "=" : value, key + " \"" + abbreviate(value) + "\" on <" + tag
                    + "> is removed: " + scheme + " addresses are not allowed (only https:, http:, mailto:, tel:, sms: and "
                    + "relative links); link to a web page or write the link relative to the page");
        }
        return new RemovedMarkup(key + "=", "attribute " + key + "= on <" + tag + "> is removed: content may not set it; "
                + "remove it (the site's templates and stylesheet decide how content looks and behaves)");
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
