package org.babelbake.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import org.babelbake.html.HtmlFragment;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Templates read the page model's records as Freemarker's own wrapper would show them. */
public class TemplateObjectWrapperTest {
    /** Public all the way out, as the page model's records are. */
    public record Article(String title, int count, boolean draft, List<String> tags, Author author, String missing) {
        public String link(String target) {
            return "../" + target;
        }

        public String shout() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public record Author(String name) {
    }

    public record WithOptional(Optional<String> reviewer, Optional<String> editor, HtmlFragment body) {
    }

    /** A record that implements an interface, which could make it a list to Freemarker: left to Freemarker's own wrapping. */
    public record Tags(List<String> names) implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return names.iterator();
        }
    }

    record Hidden(String secret) {
    }

    private static final Article ARTICLE = new Article("Muscle <weakness>", 1234, true, List.of("a", "b"),
            new Author("Dr A"), null);

    private static String render(ObjectWrapper wrapper, String template, Object value) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", new StringReader(template), cfg).process(Map.of("r", value), out);
        return out.toString();
    }

    @Test
    void componentsMethodsAndMissingValuesReadAsWithFreemarkersOwnWrapper() throws Exception {
        String template = "${r.title}|${r.count}|${r.draft?c}|<#list r.tags as t>${t};</#list>|${r.author.name}"
                + "|${r.missing!'none'}|${r.missing???c}|${r.link('x.html')}|${r.shout()}|${r.shout}|${r.title()}"
                + "|${r.author}|${r?is_hash?c}|${r?is_string?c}|${r.nothing!'no such key'}";
        String ours = render(new TemplateObjectWrapper(), template, ARTICLE);
        String freemarkers = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), template, ARTICLE);
        assertEquals(freemarkers, ours);
        assertEquals("Muscle &lt;weakness&gt;|1234|true|a;b;|Dr A|none|false|../x.html|MUSCLE <WEAKNESS>"
                .replace("<", "&lt;").replace(">", "&gt;")
                + "|MUSCLE &lt;WEAKNESS&gt;|Muscle &lt;weakness&gt;|Author[name=Dr A]|true|true|no such key", ours);
    }

    @Test
    void optionalComponentsAreTheirValueOrNothingAndHtmlIsMarkup() throws Exception {
        WithOptional value = new WithOptional(Optional.of("Dr <B>"), Optional.empty(), new HtmlFragment("<p>Hi</p>"));
        assertEquals("Dr &lt;B&gt;|none|<p>Hi</p>",
                render(new TemplateObjectWrapper(), "${r.reviewer}|${r.editor!'none'}|${r.body}", value));
    }

    @Test
    void componentsAreReadStraightOnlyFromPlainPublicRecords() throws Exception {
        TemplateObjectWrapper wrapper = new TemplateObjectWrapper();
        assertInstanceOf(RecordModel.class, wrapper.wrap(ARTICLE));
        assertNull(RecordModel.of(new Tags(List.of("x")), wrapper), "a record Freemarker sees as a list");
        assertNull(RecordModel.of(new Hidden("s"), wrapper), "a record that is not public");
        assertEquals("2", render(wrapper, "${r.names?size}", new Tags(List.of("x", "y"))));
    }
}
