package org.babelbake.image;

import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intrinsic size of an image file in CSS pixels, for {@code <img width height>}: the browser
 * then reserves the space before the image arrives and the text does not jump. PNG, JPEG and GIF
 * are read by ImageIO (header only), SVG from its root's {@code width}/{@code height} or {@code viewBox}.
 */
public record ImageSize(int width, int height) {
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    public ImageSize {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
    }

    /** Thrown when a file's size cannot be read; the message says why and what to do. */
    public static final class UnreadableImageException extends Exception {
        public UnreadableImageException(String message) {
            super(message);
        }
    }

    public static ImageSize of(Path file) throws UnreadableImageException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) return ofSvg(file);
        if (name.endsWith(".webp")) {
            throw new UnreadableImageException("WebP images are not supported (their size cannot be read); save it as PNG or JPEG");
        }
        return ofRaster(file);
    }

    private static ImageSize ofRaster(Path file) throws UnreadableImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableImageException("is not a PNG, JPEG or GIF image that can be read; save it again as PNG or JPEG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableImageException("cannot be read as an image (" + e.getMessage() + "); save it again as PNG or JPEG");
        }
    }

    private static ImageSize ofSvg(Path file) throws UnreadableImageException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            root = secureBuilder().parse(new InputSource(in)).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new UnreadableImageException("is not an SVG file that can be read (" + e.getMessage() + "); fix it or save it as PNG");
        }
        Integer width = pixels(root.getAttribute("width"));
        Integer height = pixels(root.getAttribute("height"));
        if (width != null && height != null) return new ImageSize(width, height);
        String[] box = root.getAttribute("viewBox").strip().split("[\\s,]+");
        if (box.length == 4) {
            try {
                double boxWidth = Double.parseDouble(box[2]);
                double boxHeight = Double.parseDouble(box[3]);
                if (boxWidth > 0 && boxHeight > 0) {
                    // One given length scales the other by the viewBox's aspect ratio, as a browser does.
                    if (width != null) return new ImageSize(width, (int) Math.round(width * boxHeight / boxWidth));
                    if (height != null) return new ImageSize((int) Math.round(height * boxWidth / boxHeight), height);
                    return new ImageSize((int) Math.round(boxWidth), (int) Math.round(boxHeight));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UnreadableImageException("SVG has no size: add width=\"...\" height=\"...\" in pixels or a viewBox to its <svg> element");
    }

    /** A length in pixels ("120", "120px"), or null for none or another unit (then the viewBox decides). */
    private static Integer pixels(String value) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) return null;
        long rounded = Math.round(Double.parseDouble(m.group(1)));
        return rounded > 0 && rounded < 100_000 ? (int) rounded : null;
    }

    /** No DTDs, no external entities: an SVG is data and may come from anyone. */
    private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
        return builder;
    }
}
