package org.babelbake.content;

import java.util.Optional;

/** One cited work, its fields as given in the references file; titles stay in their own language. */
public record Reference(int number, String authors, String title, Optional<String> editors, String journal,
                        String year, Optional<String> location, Optional<String> doi) {

    /** The DOI as a resolvable link. */
    public Optional<String> doiUrl() {
        return doi.map(d -> "https://doi.org/" + d);
    }
}
