package org.babelbake.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagePathsTest {
    @Test
    void relativeLinksBetweenPagesPointAtFiles() {
        assertEquals("glossary.html", PagePaths.relative("en/imnm/index.html", "en/imnm/glossary.html"));
        assertEquals("../../es/imnm/index.html", PagePaths.relative("en/imnm/index.html", "es/imnm/index.html"));
        assertEquals("../../assets/site.css", PagePaths.relative("en/imnm/index.html", "assets/site.css"));
        assertEquals("en/index.html", PagePaths.relative("index.html", "en/index.html"));
        assertEquals("../index.html", PagePaths.relative("en/index.html", "index.html"));
        assertEquals("imnm/index.html", PagePaths.relative("en/index.html", "en/imnm/index.html"));
    }

    @Test
    void rootIsTheWayBack() {
        assertEquals("", PagePaths.root("index.html"));
        assertEquals("../../", PagePaths.root("en/imnm/index.html"));
    }
}
