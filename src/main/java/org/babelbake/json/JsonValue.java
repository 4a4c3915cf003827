package org.babelbake.json;

/**
 * A value that {@link Json} writes as the plain value it gives (usually {@link Json#object}):
 * a record keeps its type and names, and says once in which order its properties go.
 */
public interface JsonValue {
    /** This value as strings, numbers, booleans, lists, ordered maps and other {@code JsonValue}s. */
    Object json();
}
