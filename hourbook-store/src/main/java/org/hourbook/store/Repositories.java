package org.hourbook.store;

import org.hourbook.store.account.AccountRepository;
import org.hourbook.store.account.InvitationRepository;
import org.hourbook.store.account.UserStatusRepository;
import org.hourbook.store.audit.AuditRepository;
import org.hourbook.store.auth.ApiTokenRepository;
import org.hourbook.store.auth.CapabilityLinkRepository;
import org.hourbook.store.auth.LoginAttemptRepository;
import org.hourbook.store.auth.SessionRepository;
import org.hourbook.store.contract.ContractRepository;
import org.hourbook.store.importing.ImportRepository;
import org.hourbook.store.contract.OfferRepository;
import org.hourbook.store.mail.OutboxRepository;
import org.hourbook.store.retainer.RetainerRepository;
import org.hourbook.store.segment.SegmentRepository;

/**
 * Every repository, bound either to the pool (each call its own short transaction) or to the one
 * handle of a transaction opened by {@link Database#inTransaction}.
 */
public final class Repositories {
    private final AccountRepository accounts;
    private final ContractRepository contracts;
    private final SegmentRepository segments;
    private final SessionRepository sessions;
    private final ApiTokenRepository apiTokens;
    private final AuditRepository audit;
    private final SettingsRepository settings;
    private final LoginAttemptRepository loginAttempts;
    private final JobLeaseRepository jobLeases;
    private final OutboxRepository mail;
    private final CapabilityLinkRepository links;
    private final RetainerRepository retainers;
    private final ImportRepository imports;
    private final InvitationRepository invitations;
    private final OfferRepository offers;
    private final UserStatusRepository userStatus;

    Repositories(HandleSource handles) {
        this.accounts = new AccountRepository(handles);
        this.contracts = new ContractRepository(handles);
        this.segments = new SegmentRepository(handles);
        this.sessions = new SessionRepository(handles);
        this.apiTokens = new ApiTokenRepository(handles);
        this.audit = new AuditRepository(handles);
        this.settings = new SettingsRepository(handles);
        this.loginAttempts = new LoginAttemptRepository(handles);
        this.jobLeases = new JobLeaseRepository(handles);
        this.mail = new OutboxRepository(handles);
        this.links = new CapabilityLinkRepository(handles);
        this.retainers = new RetainerRepository(handles);
        this.imports = new ImportRepository(handles);
        this.invitations = new InvitationRepository(handles);
        this.offers = new OfferRepository(handles);
        this.userStatus = new UserStatusRepository(handles);
    }

    public AccountRepository accounts() { return accounts; }

    public ContractRepository contracts() { return contracts; }

    public SegmentRepository segments() { return segments; }

    public SessionRepository sessions() { return sessions; }

    public ApiTokenRepository apiTokens() { return apiTokens; }

    public AuditRepository audit() { return audit; }

    public SettingsRepository settings() { return settings; }

    public LoginAttemptRepository loginAttempts() { return loginAttempts; }

    public JobLeaseRepository jobLeases() { return jobLeases; }

    /** The outbound mail queue. */
    public OutboxRepository mail() { return mail; }

    /** One-time capability links (setup, invitations, password and email links). */
    public CapabilityLinkRepository links() { return links; }

    /** Retainer terms and history, work-log curation, public links. */
    public RetainerRepository retainers() { return retainers; }

    /** Imported time and its imports. */
    public ImportRepository imports() { return imports; }
    /** Invitations by email into organizations (or to set up a new one). */
    public InvitationRepository invitations() { return invitations; }

    /** Clients' contract offers and their answers. */
    public OfferRepository offers() { return offers; }
    /** Whether a person may use their account (an operator disables and enables it). */
    public UserStatusRepository userStatus() { return userStatus; }
}
