package org.hourbook.core.account;

public record Membership(long orgId, long userId, Role role) {}
