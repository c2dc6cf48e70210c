package org.hourbook.tracker.activity;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseInputListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Global keyboard and mouse listeners through JNativeHook (XRecord on X11, event taps on macOS,
 * low-level hooks on Windows). Each callback only bumps a counter; the event (and its key code)
 * is dropped when the callback returns.
 */
public final class NativeHooks implements InputHooks, NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {
    private volatile ActivityCounter counter;
    private boolean registered;

    @Override
    public synchronized Availability start(ActivityCounter c) {
        this.counter = c;
        // JNativeHook logs every event at INFO through java.util.logging; it must say nothing.
        Logger log = Logger.getLogger(GlobalScreen.class.getPackage().getName());
        log.setLevel(Level.OFF);
        log.setUseParentHandlers(false);
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux") && System.getenv("DISPLAY") == null) {
            return new Unavailable(System.getenv("WAYLAND_DISPLAY") != null ? "Wayland without X11 (XWayland) input access" : "no X display (DISPLAY is not set)",
                    "run the tracker in an X11 desktop session, or under XWayland with DISPLAY set");
        }
        try {
            GlobalScreen.registerNativeHook();
            registered = true;
        } catch (NativeHookException | UnsatisfiedLinkError | RuntimeException e) {
            return new Unavailable("global input hooks failed: " + e.getMessage(), os.contains("mac")
                    ? "allow Hourbook Tracker under System Settings > Privacy & Security > Accessibility and Input Monitoring"
                    : "make sure the X server has the RECORD extension (Xorg has it; Xvfb needs +extension RECORD)");
        }
        GlobalScreen.addNativeKeyListener(this);
        GlobalScreen.addNativeMouseListener(this);
        GlobalScreen.addNativeMouseMotionListener(this);
        GlobalScreen.addNativeMouseWheelListener(this);
        return new Available("JNativeHook");
    }

    @Override
    public void nativeKeyPressed(NativeKeyEvent e) {
        counter.key();
    }

    @Override
    public void nativeMousePressed(NativeMouseEvent e) {
        counter.click();
    }

    @Override
    public void nativeMouseMoved(NativeMouseEvent e) {
        counter.move();
    }

    @Override
    public void nativeMouseDragged(NativeMouseEvent e) {
        counter.move();
    }

    @Override
    public void nativeMouseWheelMoved(NativeMouseWheelEvent e) {
        counter.scroll(e.getWheelRotation());
    }

    @Override
    public synchronized void close() {
        if (!registered) return;
        registered = false;
        GlobalScreen.removeNativeKeyListener(this);
        GlobalScreen.removeNativeMouseListener(this);
        GlobalScreen.removeNativeMouseMotionListener(this);
        GlobalScreen.removeNativeMouseWheelListener(this);
        try {
            GlobalScreen.unregisterNativeHook();
        } catch (NativeHookException e) {
            // the process is ending; the OS drops the hook with it
        }
    }
}
