package org.babelbake.html;

/**
 * A reference in a generated page that does not resolve.
 *
 * @param page   the page, relative to the site folder
 * @param target the {@code href} or {@code src} as written
 * @param reason what is wrong with it
 */
public record BrokenLink(String page, String target, String reason) {
}
