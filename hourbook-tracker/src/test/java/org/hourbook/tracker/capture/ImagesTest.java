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

    /** A picture with smooth areas, sharp edges and colour: something like a desktop. */
    static BufferedImage desktop(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = (y / 40) % 3 == 0 ? (x % 7 < 2 ? 0x202020 : 0xF0F0F0) : ((x * 255 / w) << 16) | ((y * 255 / h) << 8) | 0x60;
                img.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        return img;
    }

    /** Mean difference per colour channel, 0..255. */
    static double difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s <= 16; s += 8) sum += Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    static BufferedImage decode(byte[] jpeg) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Test
    void screenshots_are_encoded_with_libjpeg_turbo_where_it_is_installed() {
        boolean installed = java.util.stream.Stream.of("/usr/lib/x86_64-linux-gnu/libturbojpeg.so.0", "/usr/lib/aarch64-linux-gnu/libturbojpeg.so.0",
                "/usr/lib64/libturbojpeg.so.0", "/usr/lib/libturbojpeg.so.0").anyMatch(f -> java.nio.file.Files.exists(java.nio.file.Path.of(f)));
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "libturbojpeg0 is not installed here");
        assertThat(Images.encoder()).isEqualTo("libjpeg-turbo");
    }

    @Test
    void both_encoders_make_the_same_picture_from_every_kind_of_image() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_USHORT_565_RGB}) {
            BufferedImage source = desktop(333, 217, type);
            for (BufferedImage image : new BufferedImage[] {source, source.getSubimage(13, 7, 200, 150)}) {
                BufferedImage viaJava = decode(Images.JAVA.encode(image, Images.QUALITY));
                BufferedImage viaDefault = decode(Images.jpeg(image, Images.QUALITY));
                assertThat(viaDefault.getWidth()).isEqualTo(image.getWidth());
                assertThat(viaDefault.getHeight()).isEqualTo(image.getHeight());
                assertThat(difference(viaJava, image)).as("Java's encoder, type %d", type).isLessThan(6);
                assertThat(difference(viaDefault, image)).as("%s, type %d", Images.encoder(), type).isLessThan(6);
                assertThat(difference(viaDefault, viaJava)).as("the two encoders, type %d", type).isLessThan(4);
            }
        }
    }

    @Test
    void a_full_hd_screenshot_of_a_busy_screen_is_a_jpeg_of_sensible_size() throws Exception {
        BufferedImage screen = desktop(1920, 1080, BufferedImage.TYPE_INT_RGB);
        byte[] jpeg = Images.jpeg(screen, Images.QUALITY);
        assertThat(jpeg.length).isBetween(20 * 1024, 1024 * 1024);
        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[1] & 0xFF).isEqualTo(0xD8);
        assertThat(difference(decode(jpeg), screen)).isLessThan(6);
    }

    @Test
    void halving_a_picture_gives_each_pixel_the_mean_of_its_two_by_two_block() {
        BufferedImage img = new BufferedImage(5, 2, BufferedImage.TYPE_INT_RGB); // the odd last column is left out
        int[] top = {0x000000, 0xFF0000, 0x102030, 0x102031, 0xFFFFFF};
        int[] bottom = {0x00FF00, 0x0000FF, 0x102030, 0x102032, 0xFFFFFF};
        for (int x = 0; x < 5; x++) {
            img.setRGB(x, 0, top[x]);
            img.setRGB(x, 1, bottom[x]);
        }
        BufferedImage half = Images.halve(img);
        assertThat(half.getWidth()).isEqualTo(2);
        assertThat(half.getHeight()).isEqualTo(1);
        assertThat(half.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x404040); // (255 + 2) / 4 per channel, rounded
        assertThat(half.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x102031);  // (30+31+30+32 + 2) / 4 = 31
    }
}
