package org.babelbake.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.apache.commons.io.output.StringBuilderWriter;
import org.babelbake.locale.LocaleFormats;
import org.babelbake.locale.Messages;
import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.theme.BuiltInTheme;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.util.Map;

/**
 * Renders pages through JBake's template engine with Babelbake's model: the page's own values
 * plus {@code msg}, {@code text}, {@code fmt} and {@code locale} for its locale. Template errors
 * become problems naming the template file and line.
 */
public final class PageTemplates {
    private final SafeFreemarkerEngine engine;

    public PageTemplates(JBakeConfiguration config) {
        this.engine = new SafeFreemarkerEngine(config);
    }

    public boolean exists(String template) {
        return engine.hasTemplate(template);
    }

    /**
     * @param template file name inside {@code templates/}
     * @param values   the page's values (page, article, site, ...)
     * @param messages UI strings of the page's locale
     */
    public String render(String template, Map<String, Object> values, Messages messages) {
        TemplateModel model = new TemplateModel();
        model.putAll(values);
        model.put("msg", MessageFunctions.msg(messages));
        model.put("text", MessageFunctions.text(messages));
        model.put("fmt", new TemplateFormats(new LocaleFormats(messages.locale())));
        model.put("locale", messages.locale());
        StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
        try {
            engine.renderDocument(model, template, out);
        } catch (RenderingException e) {
            throw new BuildFailedException(problemOf(template, e.getCause() == null ? e : e.getCause()));
        }
        return out.toString();
    }

    /** The template's name in messages: the site's file, or the theme's, which the site can override. */
    private String fileName(String template) {
        return (engine.isBuiltIn(template) ? BuiltInTheme.NAME_PREFIX : "") + "templates/" + template;
    }

    private Problem problemOf(String template, Throwable cause) {
        String file = fileName(template);
        if (cause instanceof ParseException parse) {
            return new Problem(file, Math.max(parse.getLineNumber(), 0), "template does not parse: "
                    + firstLine(parse.getEditorMessage()) + "; fix the template syntax");
        }
        if (cause instanceof TemplateException failed) {
            String name = failed.getTemplateSourceName() == null ? template : failed.getTemplateSourceName();
            Integer line = failed.getLineNumber();
            String blamed = failed.getBlamedExpressionString();
            String what = firstLine(failed.getMessageWithoutStackTop()).replaceAll(":$", "");
            return new Problem(fileName(name), line == null ? 0 : line, "template failed: " + what
                    + (blamed == null ? "" : " (" + blamed + ")") + "; fix the template at this line");
        }
        if (cause instanceof freemarker.template.TemplateNotFoundException) {
            return new Problem(file, 0, "template is missing; add templates/" + template + " or restore it from git");
        }
        return new Problem(file, 0, "template could not be rendered: " + cause.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
