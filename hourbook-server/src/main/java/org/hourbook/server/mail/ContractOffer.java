package org.hourbook.server.mail;

/**
 * A client offers an hourly contract; the link leads to the offer (through an invitation when
 * the freelancer has no account yet).
 */
public record ContractOffer(String to, String clientName, String offeredBy, String contractTitle, String link)
        implements Message {
    @Override
    public MailKind kind() { return MailKind.CONTRACT_OFFER; }

    @Override
    public String subject() { return clientName + " offers you a contract: " + contractTitle; }
}
