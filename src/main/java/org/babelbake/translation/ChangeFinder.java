package org.babelbake.translation;

import org.babelbake.content.ContentFile;
import org.babelbake.content.SourcePart;
import org.babelbake.content.SourceVersion;
import org.babelbake.locale.SiteLocale;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds what changed in a source file since the version a translation was stamped with: walks
 * the file's git history from HEAD back, computing each revision's {@link SourceVersion} until
 * one equals the stamp (or, for a stamp from an older Babelbake, its body-only hash), then diffs that revision's parts against the current ones. The
 * repository is opened on first use, so a site without outdated pages never touches git.
 */
final class ChangeFinder implements AutoCloseable {
    private final Path siteRoot;
    private Optional<SourceHistory> history;

    ChangeFinder(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    SourceChange changeSince(ContentFile source, String stamp, SiteLocale language) {
        if (history == null) history = SourceHistory.open(siteRoot);
        if (history.isEmpty()) {
            return SourceChange.unavailable("the project is not a git repository, so the earlier English text is not known");
        }
        Optional<SourceHistory.Revision> stamped = history.get().find(source.path(),
                text -> SourceVersion.of(SourceVersion.partsOfText(text)).equals(stamp)
                        || SourceVersion.bodyOnlyStampOfText(text).equals(stamp));
        if (stamped.isEmpty()) {
            return SourceChange.unavailable("no committed version of " + source.name() + " has version " + stamp
                    + " (changed before its first commit, or an uncommitted edit)");
        }
        List<SourcePart> before = SourceVersion.partsOfText(stamped.get().text());
        return SourceChange.between(stamped.get(), before, SourceVersion.parts(source), language.ulocale());
    }

    @Override
    public void close() {
        if (history != null) history.ifPresent(SourceHistory::close);
    }
}
