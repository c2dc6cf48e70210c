package org.hourbook.core.account;

public record Organization(long id, String name, OrgKind kind) {}
