package org.babelbake.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.SimpleScalar;
import freemarker.template.AdapterTemplateModel;
import org.babelbake.locale.FormattedValue;
import org.babelbake.html.HtmlFragment;

import java.util.Optional;

/**
 * Wraps the model for templates: {@link HtmlFragment}s become HTML markup (printed as is), an
 * {@link Optional} becomes its value or nothing, a {@link FormattedValue} its text (kept for
 * {@code msg}), everything else is text and gets escaped. Text and records (most of what a page
 * reads) are wrapped first, without the dozen type tests Freemarker's own way makes before them.
 */
final class TemplateObjectWrapper extends DefaultObjectWrapper {
    TemplateObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String text) return new SimpleScalar(text);
        if (obj instanceof Record record && !(obj instanceof FormattedValue)) {
            RecordModel model = RecordModel.of(record, this);
            if (model != null) return model;
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof HtmlFragment fragment) return HTMLOutputFormat.INSTANCE.fromMarkup(fragment.html());
        if (obj instanceof Optional<?> optional) return optional.isPresent() ? wrap(optional.get()) : null;
        if (obj instanceof FormattedValue value) return new FormattedModel(value);
        return super.handleUnknownType(obj);
    }

    /** Prints as its text; {@code msg} unwraps it to the value itself, to format it again for a fallback. */
    private record FormattedModel(FormattedValue value) implements TemplateScalarModel, AdapterTemplateModel {
        @Override
        public String getAsString() {
            return value.text();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return value;
        }
    }
}
