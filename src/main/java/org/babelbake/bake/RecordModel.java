package org.babelbake.bake;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record of the page model as templates see it: what Freemarker's own model of it
 * ({@code GenericObjectModel}) shows, methods and all, except that a component read as
 * {@code page.title} calls its accessor straight away. Freemarker's way there (the class's
 * introspection data, a member cache made for each wrapped record, descriptor checks) took 3.5%
 * of a 2,100-page build, for a few hundred reads a page.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
    /** Each record class's components as Freemarker reads them; empty for one it must read its own way. */
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final Map<String, Method> accessors;

    private RecordModel(Record record, Map<String, Method> accessors, BeansWrapper wrapper) {
        super(record, wrapper);
        this.accessors = accessors;
    }

    /** The model of a record, or null when Freemarker's own model must take it. */
    static RecordModel of(Record record, BeansWrapper wrapper) {
        Map<String, Method> accessors = ACCESSORS.computeIfAbsent(record.getClass(), RecordModel::publicAccessors);
        return accessors.isEmpty() ? null : new RecordModel(record, accessors, wrapper);
    }

    /**
     * The public accessors of a record class that is public all the way out, by component name.
     * None for a record that implements an interface: to Freemarker it may be a list, a map or
     * a template model already.
     */
    private static Map<String, Method> publicAccessors(Class<?> type) {
        if (type.getInterfaces().length > 0) return Map.of();
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) return Map.of();
        }
        Map<String, Method> accessors = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (Modifier.isPublic(accessor.getModifiers())) accessors.put(component.getName(), accessor);
        }
        return Map.copyOf(accessors);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = accessors.get(key);
        if (accessor == null) return super.get(key);
        try {
            return wrap(accessor.invoke(object));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("Reading " + key + " of " + object.getClass().getSimpleName() + " failed", e);
        }
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }
}
