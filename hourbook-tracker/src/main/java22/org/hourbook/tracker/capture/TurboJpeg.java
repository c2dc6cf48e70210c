package org.hourbook.tracker.capture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * JPEG through the system's libjpeg-turbo (its TurboJPEG API, {@code libturbojpeg}), called with
 * the FFM API: the JDK's own encoder is IJG libjpeg 6b without SIMD, which took 80–120 ms of the
 * tracker's 160 ms for a 1920×1080 screenshot (bench/README.md, "The desktop tracker"), while
 * libjpeg-turbo encodes the same picture in a fraction of that. The screen's pixels go to the
 * library straight from the image's own array (a critical call may read the Java heap), so no
 * copy of the picture is made on either side.
 *
 * <p>Compiled for Java 22 (the FFM API is final there) into the same classes as the rest of the
 * tracker, and loaded by name only on Java 22 or later ({@link Java22}); on Java 21, or where the
 * library is missing, the tracker keeps Java's encoder. Only the three pixel layouts a capture,
 * a blur or a thumbnail produce are taken; any other image goes to Java's encoder as well.
 */
final class TurboJpeg implements JpegEncoder {
    private static final int TJPF_BGR = 1;   // bytes B, G, R: TYPE_3BYTE_BGR
    private static final int TJPF_BGRX = 3;  // an int 0x00RRGGBB in little-endian memory: TYPE_INT_RGB
    private static final int TJSAMP_420 = 2; // what ImageIO writes by default
    private static final List<String> NAMES = List.of("libturbojpeg.so.0", "libturbojpeg.so", "libturbojpeg.0.dylib", "libturbojpeg.dylib",
            "/opt/homebrew/opt/jpeg-turbo/lib/libturbojpeg.dylib", "/usr/local/opt/jpeg-turbo/lib/libturbojpeg.dylib", "turbojpeg.dll");

    private final MethodHandle init;
    private final MethodHandle compress;
    private final MethodHandle free;
    private final MethodHandle destroy;
    private final MethodHandle error;
    private final MemoryLayout cLong;

    /** @throws IllegalStateException where no libturbojpeg can be loaded */
    TurboJpeg() {
        SymbolLookup lib = NAMES.stream().map(TurboJpeg::load).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("libturbojpeg not found"));
        Linker linker = Linker.nativeLinker();
        cLong = linker.canonicalLayouts().get("long"); // tjCompress2's size is an unsigned long: 32 bits on Windows
        ValueLayout ptr = ValueLayout.ADDRESS;
        ValueLayout i32 = ValueLayout.JAVA_INT;
        init = linker.downcallHandle(symbol(lib, "tjInitCompress"), FunctionDescriptor.of(ptr));
        compress = linker.downcallHandle(symbol(lib, "tjCompress2"),
                FunctionDescriptor.of(i32, ptr, ptr, i32, i32, i32, i32, ptr, ptr, i32, i32, i32), Linker.Option.critical(true));
        free = linker.downcallHandle(symbol(lib, "tjFree"), FunctionDescriptor.ofVoid(ptr));
        destroy = linker.downcallHandle(symbol(lib, "tjDestroy"), FunctionDescriptor.of(i32, ptr));
        error = linker.downcallHandle(symbol(lib, "tjGetErrorStr2"), FunctionDescriptor.of(ptr, ptr));
    }

    private static MemorySegment symbol(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new IllegalStateException("libturbojpeg has no " + name));
    }

    private static Optional<SymbolLookup> load(String name) {
        try {
            return Optional.of(SymbolLookup.libraryLookup(name, Arena.global()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "libjpeg-turbo";
    }

    /** The image's pixels as the library reads them, or empty where the layout is not one of ours. */
    private record Pixels(MemorySegment data, int pitch, int format) {}

    private static Optional<Pixels> pixels(BufferedImage image) {
        var raster = image.getRaster();
        int w = image.getWidth();
        int[] ints = Images.plainInts(image);
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) && ints != null) {
            return Optional.of(new Pixels(MemorySegment.ofArray(ints), w * 4, TJPF_BGRX));
        }
        if (raster.getParent() != null || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) return Optional.empty();
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getPixelStride() == 3 && sm.getScanlineStride() == w * 3 && Arrays.equals(sm.getBandOffsets(), new int[] {2, 1, 0})
                && raster.getDataBuffer() instanceof DataBufferByte db && db.getOffset() == 0 && db.getNumBanks() == 1) {
            return Optional.of(new Pixels(MemorySegment.ofArray(db.getData()), w * 3, TJPF_BGR));
        }
        return Optional.empty();
    }

    /** @return the JPEG, or {@code null} for an image whose layout this encoder does not take */
    @Override
    public byte[] encode(BufferedImage image, float quality) {
        Optional<Pixels> px = pixels(image);
        if (px.isEmpty()) return null;
        int q = Math.max(1, Math.min(100, Math.round(quality * 100)));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.address() == 0) throw new IllegalStateException("libjpeg-turbo could not start an encoder");
            try {
                MemorySegment out = arena.allocate(ValueLayout.ADDRESS);  // *jpegBuf = NULL: the library allocates
                MemorySegment size = arena.allocate(cLong);
                int rc = (int) compress.invokeExact(handle, px.get().data(), image.getWidth(), px.get().pitch(), image.getHeight(),
                        px.get().format(), out, size, TJSAMP_420, q, 0);
                MemorySegment buf = out.get(ValueLayout.ADDRESS, 0);
                try {
                    if (rc != 0) {
                        MemorySegment msg = (MemorySegment) error.invokeExact(handle);
                        throw new IllegalStateException("libjpeg-turbo: " + msg.reinterpret(Long.MAX_VALUE).getString(0));
                    }
                    long n = cLong.byteSize() == 8 ? size.get(ValueLayout.JAVA_LONG, 0) : Integer.toUnsignedLong(size.get(ValueLayout.JAVA_INT, 0));
                    return buf.reinterpret(n).toArray(ValueLayout.JAVA_BYTE);
                } finally {
                    if (buf.address() != 0) free.invokeExact(buf);
                }
            } finally {
                int ignored = (int) destroy.invokeExact(handle);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
