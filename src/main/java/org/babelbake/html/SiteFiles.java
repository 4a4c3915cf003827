package org.babelbake.html;

import java.util.Set;

/** The files of a site as the link check sees them, by path inside the site ({@code en/imnm/index.html}). */
public interface SiteFiles {
    boolean isFile(String path);

    /** Whether the path is a folder of the site: a link to it does not open a page from {@code file://}. */
    boolean isFolder(String path);

    /** The ids of a page of the site, which a {@code #fragment} may name. */
    Set<String> ids(String page);
}
