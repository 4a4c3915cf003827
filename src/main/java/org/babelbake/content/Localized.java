package org.babelbake.content;

/** A value of a page (a section, a term) with where its text comes from. */
public record Localized<T>(T value, Provenance provenance) {
}
