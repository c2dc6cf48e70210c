package org.hourbook.core.contract;

public enum ContractStatus {
    ACTIVE, PAUSED, CLOSED
}
