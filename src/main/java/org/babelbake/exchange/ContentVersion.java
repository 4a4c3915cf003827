package org.babelbake.exchange;

import org.babelbake.content.ContentFile;

/** The version a translation of a content file is stamped with; the one place export and import ask for it. */
final class ContentVersion {
    private ContentVersion() {
    }

    static String of(ContentFile source) {
        return source.sourceHash();
    }
}
