package org.babelbake.bake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.babelbake.theme.BuiltInTheme;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's template engine for {@code .ftl}, configured for untrusted content: HTML auto-escaping
 * everywhere, no {@code ?new} or {@code ?api}, templates only from the site's templates folder and
 * then the built-in theme's (site first, so one file overrides one built-in template), no access
 * to JBake's content store. Templates are parsed once and shared by every locale and thread.
 */
public final class SafeFreemarkerEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;
    private final File siteTemplates;

    public SafeFreemarkerEngine(JBakeConfiguration config) {
        super(config, null);
        freemarker = configure(config);
        siteTemplates = config.getTemplateFolder();
    }

    /** Whether a template comes from the theme, the site having no file of that name. */
    public boolean isBuiltIn(String templateName) {
        return !new File(siteTemplates, templateName).isFile();
    }

    private static Configuration configure(JBakeConfiguration config) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        MultiTemplateLoader siteThenTheme = new MultiTemplateLoader(loaders(config.getTemplateFolder()));
        // Each name is looked up in the site first every time, so a file added while serving overrides at once.
        siteThenTheme.setSticky(false);
        cfg.setTemplateLoader(new LfTemplateLoader(siteThenTheme));
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

    /**
     * The site's templates folder if it has one, then the theme's folder on the class path. Both
     * refuse names that leave their folder (Freemarker normalises {@code ..} and refuses going
     * above the root; FileTemplateLoader also refuses links out), so no other class-path resource
     * or file can be loaded as a template.
     */
    private static TemplateLoader[] loaders(File siteTemplates) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (siteTemplates.isDirectory()) {
            try {
                loaders.add(new FileTemplateLoader(siteTemplates));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(BuiltInTheme.class.getClassLoader(), BuiltInTheme.templatesResource()));
        return loaders.toArray(TemplateLoader[]::new);
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

    /** Whether a template exists in the site's templates folder or the theme. */
    public boolean hasTemplate(String templateName) {
        try {
            return freemarker.getTemplateLoader().findTemplateSource(templateName) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
