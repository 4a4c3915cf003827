package org.babelbake.exchange;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;
import org.babelbake.problem.Problems;
import org.babelbake.site.SiteProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one locale's UI strings and content as a PO or XLIFF file for a translation platform or CAT tool. */
public final class Exporter {
    private Exporter() {
    }

    /** The file name platforms expect, e.g. {@code pt_BR.po}. */
    public static String defaultName(String tag, ExchangeFormat format) {
        return Exchange.gettextName(Exchange.bcp47(tag)) + format.extension();
    }

    /** @return the number of units written */
    public static int export(Path siteRoot, String tagOrName, ExchangeFormat format, Path out) {
        String tag = Exchange.bcp47(tagOrName);
        Problems problems = new Problems();
        SiteProject project = SiteProject.load(siteRoot, problems);
        problems.throwIfAny();
        if (!project.translationFiles().containsKey(tag)) {
            throw new BuildFailedException(Problem.inFile("translations/" + tag + ".properties",
                    "is missing: " + tag + " is not a language of this site; run add-locale " + tag + " first"));
        }
        if (tag.equals(project.source().tag())) {
            throw new BuildFailedException(Problem.inFile("translations/" + tag + ".properties", "is the source language; export a translation's tag"));
        }
        Exchange exchange = ExportUnits.collect(project, tag);
        String text = format == ExchangeFormat.PO ? PoFile.write(exchange) : XliffFile.write(exchange);
        try {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exchange.units().size();
    }
}
