/**
 * The JSON bodies of {@code /api/v1}, shared by the server and its clients (the desktop tracker,
 * the CLI), so both sides read and write the same shapes. Records only: no behaviour beyond
 * small readings of their own fields. The OpenAPI document ({@code /api/v1/openapi.json})
 * describes them for everyone else.
 */
package org.hourbook.api;
