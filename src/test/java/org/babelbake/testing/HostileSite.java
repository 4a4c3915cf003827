package org.babelbake.testing;

import java.nio.file.Path;

/**
 * A site whose every kind of input tries to run script: translations, headers, glossary terms,
 * Markdown. Markup in Markdown that would run is refused by the build ({@link #MARKUP}); what
 * builds is script written as text, which must stay text.
 */
public final class HostileSite {
    public static final String MARK = "window.pwned=1";
    /** Markup that cleaning removes, in one paragraph of {@code 20-symptoms.md}: each piece fails the build. */
    public static final String MARKUP = "For more, see <script>" + MARK + "</script><img src=\"https://example.invalid/x.png\" onerror=\"" + MARK + "\">"
            + "[Signs](javascript:" + MARK + ") <a href=\"javascript:" + MARK + "\">and</a> "
            + "<a href=\"#causes\" onclick=\"" + MARK + "\">Symptoms</a>"
            + "<iframe src=\"javascript:" + MARK + "\"></iframe><svg onload=\"" + MARK + "\"></svg>.";
    public static final String SYMPTOMS_LINE = "For more, see [Signs and Symptoms][mda-signs].";

    private HostileSite() {
    }

    public static TestSite build(Path dir) {
        TestSite site = TestSite.copyOfProject(dir).keepLocales("en");
        site.replace("translations/en.properties", "nav.skip=Skip to main content",
                "nav.skip=<script>" + MARK + "</script>Skip");
        site.replace("content/en/imnm/index.md", "title=Immune-Mediated Necrotizing Myopathy (IMNM)",
                "title=IMNM\"><script>" + MARK + "</script><img src=x onerror=\"" + MARK + "\">");
        site.replace("content/en/imnm/glossary/myopathy.md", "title=myopathy",
                "title=<img src=x onerror=\"" + MARK + "\">myopathy");
        site.replace("content/en/imnm/20-symptoms.md", SYMPTOMS_LINE,
                "For more, see `<script>" + MARK + "</script>` and &lt;img src=x onerror=\"" + MARK + "\"&gt; "
                        + "<a href=\"#causes\">Symptoms</a>.");
        site.build();
        return site;
    }
}
