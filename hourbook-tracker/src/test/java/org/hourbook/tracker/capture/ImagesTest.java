package org.hourbook.tracker.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagesTest {
    /** Black and white one-pixel stripes: the finest detail there is (text is like this). */
    static BufferedImage stripes(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0x000000);
        return img;
    }

    static double detail(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 1; x < img.getWidth(); x++) sum += Math.abs((img.getRGB(x, y) & 0xFF) - (img.getRGB(x - 1, y) & 0xFF));
        }
        return sum / (img.getHeight() / 3.0 * (img.getWidth() - 1));
    }

    @Test
    void a_blurred_screenshot_keeps_no_readable_detail() {
        BufferedImage sharp = stripes(640, 400);
        assertThat(detail(sharp)).isGreaterThan(200);
        assertThat(detail(Images.blur(sharp))).isLessThan(5);
    }

    @Test
    void the_thumbnail_fits_320_by_200_and_keeps_the_aspect_ratio() throws Exception {
        BufferedImage t = Images.thumbnail(stripes(1920, 1080));
        assertThat(t.getWidth()).isEqualTo(320);
        assertThat(t.getHeight()).isEqualTo(180);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Images.jpeg(t, 0.8f)));
        assertThat(decoded.getWidth()).isEqualTo(320);
    }

    @Test
    void screens_that_overlap_are_laid_side_by_side_and_the_whole_desktop_device_is_left_out() {
        var a = new java.awt.Rectangle(0, 0, 800, 600);
        var b = new java.awt.Rectangle(0, 0, 640, 480);
        assertThat(RobotScreens.layout(java.util.List.of(a, b))).containsExactly(a, new java.awt.Rectangle(800, 0, 640, 480));
        var left = new java.awt.Rectangle(0, 0, 800, 600);
        var right = new java.awt.Rectangle(800, 0, 640, 480);
        var desktop = new java.awt.Rectangle(0, 0, 1440, 600);
        assertThat(RobotScreens.monitors(java.util.List.of(left, right, desktop))).containsExactly(0, 1);
        assertThat(RobotScreens.layout(java.util.List.of(left, right))).containsExactly(left, right);
    }
}
