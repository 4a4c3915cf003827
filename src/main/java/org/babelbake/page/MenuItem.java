package org.babelbake.page;

import org.babelbake.locale.LocalizedText;

/**
 * One entry of the site menu as a page shows it.
 *
 * @param label   the target's title in the reader's language, or the source's (then marked with its language)
 * @param href    relative link from the page to the target
 * @param current whether the page is the target itself ({@code aria-current="page"})
 */
public record MenuItem(String id, LocalizedText label, String href, boolean current) {
}
