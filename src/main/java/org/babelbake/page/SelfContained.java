package org.babelbake.page;

import org.babelbake.html.HtmlFragment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The style sheet and icon written into a page that must work at any address (the 404 page,
 * which a server returns for any missing path, so that no relative link of it can be trusted).
 *
 * @param css       the style sheet's text, put into a {@code <style>} element as is
 * @param styleHash the CSP source that allows exactly that {@code <style>}, without its quotes ({@code sha256-...})
 * @param icon      the icon as a {@code data:} URL, or empty for none
 */
public record SelfContained(HtmlFragment css, String styleHash, String icon) {
    public SelfContained {
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(styleHash, "styleHash");
        Objects.requireNonNull(icon, "icon");
        if (css.html().toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IllegalArgumentException("a style sheet to inline may not contain \"</style\"");
        }
    }

    /** @param svgIcon the SVG icon's bytes, or an empty array for none */
    public static SelfContained of(String css, byte[] svgIcon) {
        String icon = svgIcon.length == 0 ? ""
                : "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svgIcon);
        return new SelfContained(new HtmlFragment(css), cspHash(css), icon);
    }

    /** The Content-Security-Policy source for an inline element with exactly this text. */
    static String cspHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
