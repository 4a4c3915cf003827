package org.babelbake.bake;

import freemarker.cache.TemplateLoader;
import org.babelbake.source.LineEndings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * Hands templates to Freemarker with their line ends normalised to LF: Freemarker copies a
 * template's text as it is, so a CRLF checkout would otherwise put CRs into every page.
 */
final class LfTemplateLoader implements TemplateLoader {
    private final TemplateLoader files;

    LfTemplateLoader(TemplateLoader files) {
        this.files = files;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return files.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        try (Reader reader = files.getReader(templateSource, encoding)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) text.append(buffer, 0, n);
            return new StringReader(LineEndings.toLf(text.toString()));
        }
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        files.closeTemplateSource(templateSource);
    }
}
