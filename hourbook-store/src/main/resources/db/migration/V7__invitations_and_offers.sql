-- Onboarding: invitations (into an organization, or to set up a new company on this server),
-- contract offers, and when each member joined.

-- When a membership began; memberships made before this migration have none.
ALTER TABLE memberships ADD COLUMN joined_at_ms BIGINT;

-- An invitation by email, made by a member of org_id, whose members page lists it. Accepting it
-- joins org_id with role or, when new_org_kind is set, creates that organization (named
-- new_org_name, else after the person) with the invitee as its OWNER: how a client company or a
-- freelancer arrives on a server an agency runs. contract_id: the offer it leads to. The secret is
-- a capability link (capability_links, purpose INVITATION, subject = this id); expires_at_ms is
-- its current link's expiry, kept here for the list (a re-send issues a new link and moves it).
CREATE TABLE invitations (
    id ${id_pk},
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    email_norm TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'FREELANCER', 'CLIENT')),
    new_org_kind TEXT CHECK (new_org_kind IN ('AGENCY', 'FREELANCER', 'CLIENT')),
    new_org_name TEXT,
    contract_id BIGINT REFERENCES contracts (id),
    invited_by BIGINT REFERENCES users (id),
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    accepted_at_ms BIGINT,
    accepted_by BIGINT REFERENCES users (id),
    revoked_at_ms BIGINT
);
CREATE INDEX invitations_org ON invitations (org_id);
CREATE INDEX invitations_contract ON invitations (contract_id);

-- A client's offer of the contract with this id, to the person at to_email (while it is pending,
-- contracts.freelancer_id is that person; an agency that accepts assigns one of its members).
-- contracts.status keeps to its three values (a CHECK SQLite cannot change in place) and holds
-- the nearest of them: PAUSED while offered, CLOSED once declined or withdrawn, ACTIVE once
-- accepted; the store reads a pending or refused offer's state from here instead.
CREATE TABLE contract_offers (
    contract_id BIGINT PRIMARY KEY REFERENCES contracts (id),
    state TEXT NOT NULL CHECK (state IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    to_email TEXT NOT NULL,
    offered_by BIGINT REFERENCES users (id),
    offered_at_ms BIGINT NOT NULL,
    answered_by BIGINT REFERENCES users (id),
    answered_at_ms BIGINT
);
