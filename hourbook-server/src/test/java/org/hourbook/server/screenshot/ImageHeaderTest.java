package org.hourbook.server.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hourbook.server.testing.Images;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {
    @Test
    void reads_png_and_jpeg_dimensions_from_the_header() {
        assertThat(ImageHeader.read(Images.png(123, 45, Color.RED))).contains(new ImageHeader("image/png", 123, 45));
        assertThat(ImageHeader.read(Images.jpeg(640, 401, Color.RED))).contains(new ImageHeader("image/jpeg", 640, 401));
    }

    @Test
    void a_header_alone_is_enough_even_when_the_rest_is_missing() {
        byte[] jpeg = Images.jpeg(800, 600, Color.BLUE);
        // cut right after the start-of-frame: no pixels at all
        assertThat(ImageHeader.read(Arrays.copyOf(jpeg, Math.min(jpeg.length, 700)))).contains(new ImageHeader("image/jpeg", 800, 600));
        assertThat(ImageHeader.read(Images.pngClaiming(100_000, 100_000)).orElseThrow().pixels()).isEqualTo(10_000_000_000L);
    }

    @Test
    void other_content_is_not_an_image() {
        assertThat(ImageHeader.read("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageHeader.read("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageHeader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isEmpty();
        assertThat(ImageHeader.read(new byte[0])).isEmpty();
        assertThat(ImageHeader.read(Images.pngClaiming(0, 10))).isEmpty();
    }
}
