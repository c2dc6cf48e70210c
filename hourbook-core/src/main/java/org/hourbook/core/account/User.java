package org.hourbook.core.account;

import java.time.ZoneId;

/** A person who signs in. The password hash never leaves the server. */
public record User(long id, String email, String name, ZoneId zone) {}
