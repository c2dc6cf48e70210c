package org.hourbook.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hourbook.server.account.InvitationAcceptance;
import org.hourbook.server.account.InvitationService;
import org.hourbook.server.account.OrganizationService;
import org.hourbook.server.account.SetupService;
import org.hourbook.server.account.TeamService;
import org.hourbook.server.account.UserAdminService;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.ApiTokenService;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.server.auth.Credentials;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.server.auth.PasswordResetService;
import org.hourbook.server.auth.SessionService;
import org.hourbook.server.auth.SignInDelay;
import org.hourbook.server.auth.Tokens;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.OfferService;
import org.hourbook.server.diary.DiaryService;
import org.hourbook.server.diary.SegmentEdits;
import org.hourbook.server.diary.SegmentUploads;
import org.hourbook.server.importing.ImportService;
import org.hourbook.server.mail.Outbox;
import org.hourbook.server.ops.Metrics;
import org.hourbook.server.retainer.RetainerAlerts;
import org.hourbook.server.retainer.RetainerService;
import org.hourbook.server.retainer.ShareLinkService;
import org.hourbook.server.retainer.WorkLogService;
import org.hourbook.server.ops.StorageStatus;
import org.hourbook.server.profile.ProfileService;
import org.hourbook.server.screenshot.ScreenshotService;
import org.hourbook.server.timesheet.TimesheetService;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;

/**
 * The feature services, wired once per server over one database, blob store and clock. Both the
 * JSON API and the web pages call these, so a rule is enforced the same way on both.
 * <pre>
 * Services services = Services.create(config, database, blobStore, Clock.systemUTC());
 * App.create(config, services).start();
 * </pre>
 * The caller owns the database and blob store and closes them after the app stopped.
 */
public final class Services {
    private final Database db;
    private final BlobStore blobs;
    private final Clock clock;
    private final Metrics metrics;
    private final PasswordHasher passwords;
    private final Tokens tokens;
    private final SessionService sessions;
    private final ApiTokenService apiTokens;
    private final String serverKey;
    private final AuditService audit;
    private final ContractService contracts;
    private final SegmentUploads uploads;
    private final SegmentEdits edits;
    private final DiaryService diary;
    private final ScreenshotService screenshots;
    private final TimesheetService timesheets;
    private final TeamService teams;
    private final Outbox outbox;
    private final CapabilityLinks links;
    private final PublicUrl publicUrl;
    private final RetainerService retainers;
    private final WorkLogService workLog;
    private final ShareLinkService shareLinks;
    private final RetainerAlerts retainerAlerts;
    private final ImportService imports;
    private final StorageStatus storage;
    private final Credentials credentials;
    private final PasswordResetService passwordResets;
    private final ProfileService profiles;
    private final SetupService setup;
    private final InvitationService invitations;
    private final InvitationAcceptance acceptance;
    private final OrganizationService organizations;
    private final OfferService offers;
    private final UserAdminService userAdmin;

    private Services(Config config, Database db, BlobStore blobs, Clock clock, SignInDelay signInDelay) {
        this.db = Objects.requireNonNull(db, "db");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = new Metrics();
        metrics.bindPool(db.dataSource());
        this.passwords = new PasswordHasher(config.passwordCost());
        this.tokens = new Tokens();
        // Generated on first start and shared by every node through the database; never shipped.
        this.serverKey = db.settings().putIfAbsent("server.key", tokens.newSecret(""));
        this.credentials = new Credentials(db, passwords, clock, signInDelay);
        this.sessions = new SessionService(db, credentials, tokens, clock, config);
        this.apiTokens = new ApiTokenService(db, credentials, tokens, clock);
        this.audit = new AuditService(db, clock);
        this.contracts = new ContractService(db, audit, clock);
        this.outbox = new Outbox(db, config.mail(), clock);
        this.publicUrl = new PublicUrl(config.publicUrl());
        this.retainers = new RetainerService(db, contracts, audit, clock);
        this.retainerAlerts = new RetainerAlerts(db, retainers, outbox, publicUrl);
        this.uploads = new SegmentUploads(db, contracts, audit, metrics, clock, retainerAlerts::soon);
        this.edits = new SegmentEdits(db, blobs, contracts, audit, clock, retainerAlerts::soon);
        this.diary = new DiaryService(db, contracts, clock);
        this.screenshots = new ScreenshotService(db, blobs, contracts, metrics, config.limits());
        this.timesheets = new TimesheetService(db, contracts, clock);
        this.teams = new TeamService(db, clock);
        this.links = new CapabilityLinks(db, tokens, clock);
        this.workLog = new WorkLogService(db, retainers, audit);
        this.shareLinks = new ShareLinkService(db, retainers, audit, tokens, publicUrl, ShareLinkService.DEFAULT_PER_MINUTE);
        this.imports = new ImportService(db, retainers, audit, blobs, retainerAlerts, serverKey, clock);
        this.storage = new StorageStatus(localFolders(config));
        this.passwordResets = new PasswordResetService(db, links, outbox, publicUrl, passwords, clock);
        this.profiles = new ProfileService(db, credentials, passwords, links, outbox, publicUrl, clock);
        this.setup = new SetupService(db, links, passwords, publicUrl, clock);
        this.invitations = new InvitationService(db, links, outbox, publicUrl, clock);
        this.acceptance = new InvitationAcceptance(db, links, invitations, passwords, clock);
        this.organizations = new OrganizationService(db, clock);
        this.offers = new OfferService(db, contracts, audit, invitations, outbox, publicUrl, clock);
        this.userAdmin = new UserAdminService(db, links, clock);
    }

    /** The folders on this machine the server writes to: SQLite's data directory, the local blob folder. */
    private static List<Path> localFolders(Config config) {
        List<Path> folders = new ArrayList<>();
        if (config.dbUrl() == null) folders.add(config.dataDir());
        if (config.blobs() instanceof Config.BlobSettings.Local local) folders.add(local.dir());
        return folders;
    }

    public static Services create(Config config, Database db, BlobStore blobs, Clock clock) {
        return new Services(config, db, blobs, clock, SignInDelay.SLEEP);
    }

    /** As above, with the way a sign-in on an account under attack waits (tests record it instead of sleeping). */
    public static Services create(Config config, Database db, BlobStore blobs, Clock clock, SignInDelay signInDelay) {
        return new Services(config, db, blobs, clock, signInDelay);
    }

    public Database db() { return db; }

    public BlobStore blobs() { return blobs; }

    public Clock clock() { return clock; }

    public Metrics metrics() { return metrics; }

    /** Hash passwords with the configured Argon2id cost (demo data, admin commands). */
    public PasswordHasher passwords() { return passwords; }

    public Tokens tokens() { return tokens; }

    /** Browser sign-in / sign-out. */
    public SessionService sessions() { return sessions; }

    public ApiTokenService apiTokens() { return apiTokens; }

    /** Audit log: record changes inside a transaction, list a contract's log. */
    public AuditService audit() { return audit; }

    /** Who sees which contract ({@code visible} → 404 otherwise), create, change terms, close. */
    public ContractService contracts() { return contracts; }

    /** Tracker batch upload of segments. */
    public SegmentUploads uploads() { return uploads; }

    /** Memo, label, delete, manual time — rules, access and audit applied. */
    public SegmentEdits edits() { return edits; }

    /** One diary day with over-limit marks, totals and the viewer's permissions. */
    public DiaryService diary() { return diary; }

    /** Screenshot upload (checked before decoding) and download. */
    public ScreenshotService screenshots() { return screenshots; }

    /** Weekly timesheet as data and CSV. */
    public TimesheetService timesheets() { return timesheets; }

    /** The agency lead's team page data. */
    public TeamService teams() { return teams; }

    /** Outbound mail: queue a message in the transaction that causes it; is mail configured at all. */
    public Outbox outbox() { return outbox; }

    /** One-time capability links: setup, invitations, password and email links. */
    public CapabilityLinks links() { return links; }

    /** The address people reach the server at, for absolute links (known once the app listens). */
    public PublicUrl publicUrl() { return publicUrl; }

    /** Retainers: balance, cycles, terms (from the next cycle), the alert setting. */
    public RetainerService retainers() { return retainers; }

    /** The freelancer's curation of a retainer's work log. */
    public WorkLogService workLog() { return workLog; }

    /** A retainer's public links: make, revoke, rotate, open (rate limited). */
    public ShareLinkService shareLinks() { return shareLinks; }

    /** The 80 %/100 % mails of retainer cycles. */
    public RetainerAlerts retainerAlerts() { return retainerAlerts; }

    /** CSV import into retainers: upload, preview, import, undo. */
    public ImportService imports() { return imports; }
    /** Email + password checks with the sign-in limits (for anything that asks for the current password). */
    public Credentials credentials() { return credentials; }

    /** "Forgot password" mails and the page of every password link (the operator's too: {@link #userAdmin()}). */
    public PasswordResetService passwordResets() { return passwordResets; }

    /** A person's own name, time zone, password and email. */
    public ProfileService profiles() { return profiles; }

    /** Whether storage is full (health, ready, the one log line of a full disk). */
    public StorageStatus storage() { return storage; }

    /** The operator's account commands: create a person with a password link, reset, disable, enable. */
    public UserAdminService userAdmin() { return userAdmin; }

    /** A per-installation secret (e.g. for signing capability URLs). */
    public String serverKey() { return serverKey; }

    /** The first run: the setup link {@code serve} prints while there is no account, and its page. */
    public SetupService setup() { return setup; }

    /** Invitations into organizations (and of other companies), by email. */
    public InvitationService invitations() { return invitations; }

    /** Accepting an invitation: making the account or joining as the signed-in person. */
    public InvitationAcceptance acceptance() { return acceptance; }

    /** Organizations' members: roles, removal, renaming. */
    public OrganizationService organizations() { return organizations; }

    /** Contract offers: make, accept (for oneself or an agency), decline, withdraw. */
    public OfferService offers() { return offers; }
}
