/**
 * The JSON shapes of the server's API that the tracker speaks, defined here until the shared
 * {@code org.hourbook.api} module exists; nothing outside {@code sync} and {@code cli} should
 * depend on them, so that swapping them for the shared records touches only those.
 */
package org.hourbook.tracker.wire;
