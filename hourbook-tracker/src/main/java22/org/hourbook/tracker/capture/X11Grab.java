package org.hourbook.tracker.capture;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The screen's pixels through Xlib's {@code XGetImage} on the root window, called with the FFM
 * API. AWT's Robot asks the X server for the same image and then converts it pixel by pixel with
 * {@code XGetPixel}: ~65 ms for 1920×1080 here, against ~8 ms for the image itself
 * (bench/README.md, "The desktop tracker"). A 24-bit TrueColor screen sends 32-bit pixels whose
 * bytes are blue, green, red and padding, which is exactly an int RGB raster on a little-endian
 * machine: the rows are copied as they are.
 *
 * <p>Only for X11 (not under Wayland, where the root window does not show Wayland's own windows)
 * and only for that pixel layout; anything else returns {@code null} and Robot takes the picture.
 * Compiled for Java 22 (src/main/java22) and loaded by name on Java 22+ only ({@link Java22}).
 * Its own connection to the X server is opened once; X errors on it (an area off the screen after a
 * monitor went away) reach the error handler AWT installs for the whole process, which reports and
 * goes on, and {@code XGetImage} then returns nothing.
 *
 * <p>Xlib allocates each picture with {@code malloc} (8 MB for 1920×1080). After the first one is
 * freed, glibc raises its mmap threshold above that size and serves the later pictures from its
 * heap, where the freed pages stay resident: +16 MB of the tracker's memory, measured. Setting the
 * threshold (to its default, 128 KiB) turns that adjustment off, so each picture gets a mapping of
 * its own and gives it back when freed.
 */
final class X11Grab implements ScreenGrab {
    private static final int Z_PIXMAP = 2;
    private static final int LSB_FIRST = 0;
    private static final long ALL_PLANES = -1L;
    private static final int M_MMAP_THRESHOLD = -3;

    /** The start of Xlib's {@code XImage} (LP64), as far as it is read here. */
    private static final StructLayout XIMAGE = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("width"), ValueLayout.JAVA_INT.withName("height"),
            ValueLayout.JAVA_INT.withName("xoffset"), ValueLayout.JAVA_INT.withName("format"),
            ValueLayout.ADDRESS.withName("data"),
            ValueLayout.JAVA_INT.withName("byte_order"), ValueLayout.JAVA_INT.withName("bitmap_unit"),
            ValueLayout.JAVA_INT.withName("bitmap_bit_order"), ValueLayout.JAVA_INT.withName("bitmap_pad"),
            ValueLayout.JAVA_INT.withName("depth"), ValueLayout.JAVA_INT.withName("bytes_per_line"),
            ValueLayout.JAVA_INT.withName("bits_per_pixel"), MemoryLayout.paddingLayout(4),
            ValueLayout.JAVA_LONG.withName("red_mask"), ValueLayout.JAVA_LONG.withName("green_mask"),
            ValueLayout.JAVA_LONG.withName("blue_mask"));

    private final MethodHandle getImage;
    private final MethodHandle trim;
    private final MethodHandle destroyImage;
    private final MemorySegment display;
    private final long root;
    private final int screenWidth;
    private final int screenHeight;

    /** @throws IllegalStateException where there is no libX11 or no X display to open */
    X11Grab() {
        if (ValueLayout.ADDRESS.byteSize() != 8 || java.nio.ByteOrder.nativeOrder() != java.nio.ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalStateException("not a 64-bit little-endian machine");
        }
        SymbolLookup lib;
        try {
            lib = SymbolLookup.libraryLookup("libX11.so.6", Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("no libX11", e);
        }
        Linker linker = Linker.nativeLinker();
        ValueLayout ptr = ValueLayout.ADDRESS;
        ValueLayout i32 = ValueLayout.JAVA_INT;
        ValueLayout xid = ValueLayout.JAVA_LONG;
        try {
            MemorySegment d = (MemorySegment) handle(linker, lib, "XOpenDisplay", FunctionDescriptor.of(ptr, ptr)).invokeExact(MemorySegment.NULL);
            if (d.address() == 0) throw new IllegalStateException("cannot open the X display");
            display = d;
            int screen = (int) handle(linker, lib, "XDefaultScreen", FunctionDescriptor.of(i32, ptr)).invokeExact(display);
            root = (long) handle(linker, lib, "XRootWindow", FunctionDescriptor.of(xid, ptr, i32)).invokeExact(display, screen);
            screenWidth = (int) handle(linker, lib, "XDisplayWidth", FunctionDescriptor.of(i32, ptr, i32)).invokeExact(display, screen);
            screenHeight = (int) handle(linker, lib, "XDisplayHeight", FunctionDescriptor.of(i32, ptr, i32)).invokeExact(display, screen);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        fixMmapThreshold(linker);
        trim = linker.defaultLookup().find("malloc_trim")
                .map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG))).orElse(null);
        getImage = handle(linker, lib, "XGetImage", FunctionDescriptor.of(ptr, ptr, xid, i32, i32, i32, i32, ValueLayout.JAVA_LONG, i32));
        destroyImage = handle(linker, lib, "XDestroyImage", FunctionDescriptor.of(i32, ptr));
    }

    /** glibc's {@code mallopt(M_MMAP_THRESHOLD, 128 KiB)}; elsewhere (musl) nothing. */
    private static void fixMmapThreshold(Linker linker) {
        linker.defaultLookup().find("mallopt").ifPresent(mallopt -> {
            try {
                int ignored = (int) linker.downcallHandle(mallopt, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))
                        .invokeExact(M_MMAP_THRESHOLD, 128 * 1024);
            } catch (Throwable e) {
                // memory stays as glibc keeps it
            }
        });
    }

    /**
     * glibc's {@code malloc_trim(0)}: the pages its heaps hold free (after a screenshot, the
     * encoder's and Xlib's buffers) go back to the system: ~3.5 MB of the tracker's resident
     * memory after the bench's hour.
     */
    @Override
    public void release() {
        if (trim == null) return;
        try {
            int ignored = (int) trim.invokeExact(0L);
        } catch (Throwable e) {
            // the memory stays with glibc
        }
    }

    private static MethodHandle handle(Linker linker, SymbolLookup lib, String name, FunctionDescriptor fd) {
        return linker.downcallHandle(lib.find(name).orElseThrow(() -> new IllegalStateException("libX11 has no " + name)), fd);
    }

    private static long offset(String field) {
        return XIMAGE.byteOffset(PathElement.groupElement(field));
    }

    @Override
    public synchronized BufferedImage grab(Rectangle a) {
        if (a.isEmpty() || a.x < 0 || a.y < 0 || a.x + a.width > screenWidth || a.y + a.height > screenHeight) return null;
        MemorySegment image;
        try {
            image = (MemorySegment) getImage.invokeExact(display, root, a.x, a.y, a.width, a.height, ALL_PLANES, Z_PIXMAP);
        } catch (Throwable e) {
            return null;
        }
        if (image.address() == 0) return null;
        try {
            MemorySegment im = image.reinterpret(XIMAGE.byteSize());
            int w = im.get(ValueLayout.JAVA_INT, offset("width"));
            int h = im.get(ValueLayout.JAVA_INT, offset("height"));
            int bytesPerLine = im.get(ValueLayout.JAVA_INT, offset("bytes_per_line"));
            boolean bgrx = im.get(ValueLayout.JAVA_INT, offset("bits_per_pixel")) == 32
                    && im.get(ValueLayout.JAVA_INT, offset("byte_order")) == LSB_FIRST
                    && im.get(ValueLayout.JAVA_LONG, offset("red_mask")) == 0xFF0000L
                    && im.get(ValueLayout.JAVA_LONG, offset("green_mask")) == 0xFF00L
                    && im.get(ValueLayout.JAVA_LONG, offset("blue_mask")) == 0xFFL;
            if (!bgrx || w != a.width || h != a.height || bytesPerLine < w * 4) return null;
            MemorySegment pixels = im.get(ValueLayout.ADDRESS, offset("data")).reinterpret((long) bytesPerLine * h);
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            if (bytesPerLine == w * 4) {
                MemorySegment.copy(pixels, ValueLayout.JAVA_INT, 0, dst, 0, w * h);
            } else {
                for (int y = 0; y < h; y++) MemorySegment.copy(pixels, ValueLayout.JAVA_INT, (long) y * bytesPerLine, dst, y * w, w);
            }
            return out;
        } finally {
            try {
                int ignored = (int) destroyImage.invokeExact(image);
            } catch (Throwable e) {
                // the image's memory is lost, nothing else
            }
        }
    }
}
