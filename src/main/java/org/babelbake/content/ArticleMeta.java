package org.babelbake.content;

import org.babelbake.html.HtmlFragment;
import org.babelbake.locale.SiteLocale;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article says about itself ({@code index.md}).
 *
 * @param updatedAsWritten the {@code updated=} header as given: YYYY-MM or YYYY-MM-DD, shown with the same precision
 * @param updated          first day of the month of the last update when only a month is given
 * @param reviewed         last medical review ({@code reviewed=} header), the last update when not given
 * @param introduction     the body of {@code index.md}, shown before the first section (empty when it has none)
 * @param introductionFallback the source locale when a translation's {@code index.md} has no body and the source's is shown
 */
public record ArticleMeta(String title, Optional<String> description, String updatedAsWritten, LocalDate updated,
                          LocalDate reviewed, HtmlFragment introduction, Optional<SiteLocale> introductionFallback,
                          String reviewer, Optional<String> reviewerAffiliation) {

    public ArticleMeta {
        Objects.requireNonNull(introduction, "introduction");
        Objects.requireNonNull(introductionFallback, "introductionFallback");
    }

    /** The same data with another introduction (linked for its page, or the source's). */
    public ArticleMeta withIntroduction(HtmlFragment html, Optional<SiteLocale> fallback) {
        return new ArticleMeta(title, description, updatedAsWritten, updated, reviewed, html, fallback, reviewer,
                reviewerAffiliation);
    }

    /** When the next medical review is due. */
    public LocalDate nextReview(java.time.Period interval) {
        return reviewed.plus(interval);
    }

    public String reviewedMonth() {
        return reviewed.toString().substring(0, 7);
    }

    /** The last update as ISO 8601 with the precision it was given ({@code 2023-02} or {@code 2025-06-14}), for {@code <time datetime>}. */
    public String updatedIso() {
        return updatedIsDay() ? updated.toString() : updated.toString().substring(0, 7);
    }

    /** Whether {@code updated=} named a day (YYYY-MM-DD), to be shown as a full date rather than a month. */
    public boolean updatedIsDay() {
        return updatedAsWritten.length() == 10;
    }

    public boolean hasIntroduction() {
        return !introduction.html().isBlank();
    }
}
