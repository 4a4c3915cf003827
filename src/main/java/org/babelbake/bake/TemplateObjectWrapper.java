package org.babelbake.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.babelbake.html.HtmlFragment;

import java.util.Optional;

/**
 * Wraps the model for templates: {@link HtmlFragment}s become HTML markup (printed as is), an
 * {@link Optional} becomes its value or nothing, everything else is text and gets escaped.
 */
final class TemplateObjectWrapper extends DefaultObjectWrapper {
    TemplateObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof HtmlFragment fragment) return HTMLOutputFormat.INSTANCE.fromMarkup(fragment.html());
        if (obj instanceof Optional<?> optional) return optional.isPresent() ? wrap(optional.get()) : null;
        return super.handleUnknownType(obj);
    }
}
