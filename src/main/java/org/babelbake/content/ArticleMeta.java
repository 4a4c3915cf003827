package org.babelbake.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an article says about itself ({@code index.md}).
 *
 * @param updated  first day of the month of the last update when only a month is given
 * @param reviewed last medical review ({@code reviewed=} header), the last update when not given
 */
public record ArticleMeta(String title, Optional<String> description, LocalDate updated, LocalDate reviewed,
                          String reviewer, Optional<String> reviewerAffiliation) {

    /** When the next medical review is due. */
    public LocalDate nextReview(java.time.Period interval) {
        return reviewed.plus(interval);
    }

    public String reviewedMonth() {
        return reviewed.toString().substring(0, 7);
    }

    /** The month of the last update as ISO 8601 ({@code 2023-02}), for {@code <time datetime>}. */
    public String updatedMonth() {
        return updated.toString().substring(0, 7);
    }
}
