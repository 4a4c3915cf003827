package org.babelbake.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.babelbake.locale.LocalizedText;
import org.babelbake.locale.Messages;

import java.util.List;

/**
 * The {@code msg} and {@code text} functions of templates: {@code msg("key", "name", value, ...)}
 * gives escaped HTML, wrapped in an element with its own {@code lang} (and {@code dir}) when the
 * text falls back to the source language; {@code text(...)} gives plain text for attributes.
 */
final class MessageFunctions {
    private MessageFunctions() {
    }

    static TemplateMethodModelEx msg(Messages messages) {
        return arguments -> {
            LocalizedText text = format(messages, arguments);
            String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(text.text());
            if (!text.fallback()) return HTMLOutputFormat.INSTANCE.fromMarkup(escaped);
            String dir = text.language().rightToLeft() == messages.locale().rightToLeft() ? ""
                    : " dir=\"" + text.language().dir() + "\"";
            return HTMLOutputFormat.INSTANCE.fromMarkup("<span lang=\"" + text.language().tag() + "\"" + dir + ">"
                    + escaped + "</span>");
        };
    }

    static TemplateMethodModelEx text(Messages messages) {
        return arguments -> format(messages, arguments).text();
    }

    private static LocalizedText format(Messages messages, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("msg and text need a message key as first argument");
        Object[] unwrapped = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) unwrapped[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        try {
            return messages.format(key, unwrapped);
        } catch (RuntimeException e) {
            throw new TemplateModelException(e.getMessage(), e);
        }
    }
}
