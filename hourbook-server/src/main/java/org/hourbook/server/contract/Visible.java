package org.hourbook.server.contract;

import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.contract.ContractTerms;

/** A contract the viewer may see, with what they may do on it. */
public record Visible(ContractTerms terms, ContractAccess access) {
    public long id() {
        return terms.id();
    }
}
