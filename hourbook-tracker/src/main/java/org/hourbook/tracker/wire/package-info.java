/** The JSON mapper the tracker uses for {@code org.hourbook.api}'s wire records. */
package org.hourbook.tracker.wire;
