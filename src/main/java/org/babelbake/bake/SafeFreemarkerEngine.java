package org.babelbake.bake;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's template engine for {@code .ftl}, configured for untrusted content: HTML auto-escaping
 * everywhere, no {@code ?new} or {@code ?api}, templates only from the templates folder, no
 * access to JBake's content store. Templates are parsed once and shared by every locale and thread.
 */
public final class SafeFreemarkerEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;

    public SafeFreemarkerEngine(JBakeConfiguration config) {
        super(config, null);
        freemarker = configure(config);
    }

    private static Configuration configure(JBakeConfiguration config) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            // FileTemplateLoader refuses paths that leave the folder, also through links.
            cfg.setTemplateLoader(new LfTemplateLoader(new FileTemplateLoader(config.getTemplateFolder())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        // Reader-facing formats come from ICU (fmt, msg); Freemarker's own would follow the machine's defaults.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        cfg.setObjectWrapper(new TemplateObjectWrapper());
        return cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** Whether a template exists in the templates folder. */
    public boolean hasTemplate(String templateName) {
        try {
            return freemarker.getTemplateLoader().findTemplateSource(templateName) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
