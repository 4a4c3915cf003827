package org.babelbake.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an article says about itself ({@code index.md}).
 *
 * @param updated first day of the month of the last update when only a month is given
 */
public record ArticleMeta(String title, Optional<String> description, LocalDate updated, String reviewer,
                          Optional<String> reviewerAffiliation) {

    /** The month of the last update as ISO 8601 ({@code 2023-02}), for {@code <time datetime>}. */
    public String updatedMonth() {
        return updated.toString().substring(0, 7);
    }
}
