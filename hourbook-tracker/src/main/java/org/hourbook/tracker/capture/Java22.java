package org.hourbook.tracker.capture;

/**
 * The capture classes compiled for Java 22 (src/main/java22: the FFM API is final there), loaded by
 * name so that a Java 21 runtime never sees their class files. Each falls back to what the JDK
 * itself offers when it cannot load or start (no library, no display).
 */
final class Java22 {
    private Java22() {}

    /** A new instance of {@code org.hourbook.tracker.capture.<simpleName>}, or {@code null} where it cannot be had. */
    static <T> T load(String simpleName, Class<T> as) {
        if (Runtime.version().feature() < 22) return null;
        try {
            return as.cast(Class.forName(Java22.class.getPackageName() + "." + simpleName).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
