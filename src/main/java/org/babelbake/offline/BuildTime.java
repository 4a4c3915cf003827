package org.babelbake.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The time a build says it was made, fixed by its sources so that two builds of the same sources
 * are byte-identical: {@code SOURCE_DATE_EPOCH} when set (reproducible-builds.org), otherwise
 * the newest date in the content.
 */
public record BuildTime(Instant instant) {
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    public static BuildTime of(Map<String, String> environment, Collection<LocalDate> contentDates) {
        Optional<Instant> fromEnvironment = Optional.ofNullable(environment.get(SOURCE_DATE_EPOCH))
                .map(String::strip).filter(v -> v.matches("[0-9]{1,12}")).map(v -> Instant.ofEpochSecond(Long.parseLong(v)));
        return new BuildTime(fromEnvironment.orElseGet(() -> contentDates.stream().max(LocalDate::compareTo)
                .orElse(LocalDate.of(1980, 1, 1)).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public LocalDate date() {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
