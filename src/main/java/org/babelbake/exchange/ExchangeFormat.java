package org.babelbake.exchange;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;

import java.util.Locale;

/** The exchange formats, each with the file extension platforms and CAT tools expect. */
public enum ExchangeFormat {
    PO(".po"), XLIFF(".xlf");

    private final String extension;

    ExchangeFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file by its name: {@code .po}, {@code .xlf} or {@code .xliff}. */
    static ExchangeFormat ofFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".po")) return PO;
        if (lower.endsWith(".xlf") || lower.endsWith(".xliff")) return XLIFF;
        throw new BuildFailedException(Problem.inFile(name, "is neither .po nor .xlf/.xliff; import a file exported "
                + "with babelbake export (and translated in your tool)"));
    }
}
