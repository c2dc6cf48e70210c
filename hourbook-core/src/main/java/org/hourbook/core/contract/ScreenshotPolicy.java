package org.hourbook.core.contract;

public enum ScreenshotPolicy {
    NORMAL, BLURRED, NONE
}
