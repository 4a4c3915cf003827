package org.babelbake.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageSizeTest {
    @TempDir
    Path dir;

    private Path svg(String root) throws IOException {
        Path file = dir.resolve("image.svg");
        Files.writeString(file, root, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void rasterImagesAreMeasuredFromTheirHeader() throws Exception {
        for (String format : new String[] {"png", "jpg", "gif"}) {
            Path file = dir.resolve("image." + format);
            ImageIO.write(new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB), format, file.toFile());
            assertEquals(new ImageSize(123, 45), ImageSize.of(file), format);
        }
    }

    @Test
    void svgPixelWidthAndHeightWin() throws Exception {
        assertEquals(new ImageSize(120, 80), ImageSize.of(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"80\" viewBox=\"0 0 12 8\"/>")));
    }

    @Test
    void svgWithoutPixelSizeTakesTheViewBox() throws Exception {
        assertEquals(new ImageSize(300, 150), ImageSize.of(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 300 150\"/>")));
    }

    @Test
    void svgWithOneLengthScalesTheOtherByTheViewBox() throws Exception {
        assertEquals(new ImageSize(600, 300), ImageSize.of(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" viewBox=\"0,0,300,150\"/>")));
    }

    @Test
    void svgWithoutAnySizeSaysWhatToAdd() throws Exception {
        Path file = svg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        ImageSize.UnreadableImageException e = assertThrows(ImageSize.UnreadableImageException.class, () -> ImageSize.of(file));
        assertTrue(e.getMessage().contains("add width=") && e.getMessage().contains("viewBox"), e.getMessage());
    }

    @Test
    void svgWithADoctypeIsRefusedWithoutReadingEntities() throws Exception {
        Path file = svg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">&x;</svg>");
        assertThrows(ImageSize.UnreadableImageException.class, () -> ImageSize.of(file));
    }

    @Test
    void textNamedPngIsNotAnImage() throws Exception {
        Path file = dir.resolve("fake.png");
        Files.writeString(file, "not an image");
        ImageSize.UnreadableImageException e = assertThrows(ImageSize.UnreadableImageException.class, () -> ImageSize.of(file));
        assertTrue(e.getMessage().contains("save it again as PNG or JPEG"), e.getMessage());
    }
}
