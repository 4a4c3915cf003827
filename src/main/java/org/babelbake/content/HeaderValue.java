package org.babelbake.content;

/** A header value and the 1-based line it is on. */
public record HeaderValue(String value, int line) {
}
