package org.babelbake.locale;

/**
 * A piece of UI text and the language it is really in: the page's own, or the source
 * language when the translation lacks it (then pages mark it with its own {@code lang}).
 */
public record LocalizedText(String text, SiteLocale language, boolean fallback) {
}
