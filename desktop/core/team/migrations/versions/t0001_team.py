# ruff: noqa: E501  (SQL text, laid out for reading)
"""Team schema: people, accounts, submissions with history, decisions, the team outbox, the audit log.

Security lives here, not in the client: members get SELECT on their own team's rows (row-level
security) and EXECUTE on the functions below, and nothing else (the grants are in t0002). Every change
of state goes through a SECURITY DEFINER function that checks the caller's role (``session_user``) and
team policy and writes the audit log, so an author's connection can't approve, queue or rewrite
history whatever it sends.

Revision ID: t0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = """
CREATE TABLE crier.teams (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    self_approval boolean NOT NULL DEFAULT false,
    authors_post_directly boolean NOT NULL DEFAULT false,
    approvers_skip_approval boolean NOT NULL DEFAULT false,
    retention_days integer CHECK (retention_days > 0),
    retry_base_seconds integer NOT NULL DEFAULT 30 CHECK (retry_base_seconds BETWEEN 1 AND 3600),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE crier.people (
    name text PRIMARY KEY,
    team_id integer NOT NULL REFERENCES crier.teams,
    role text NOT NULL CHECK (role IN ('author', 'approver', 'admin')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE crier.accounts (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES crier.teams,
    network text NOT NULL,
    handle text NOT NULL,
    display_name text NOT NULL DEFAULT '',
    needs_approval boolean NOT NULL DEFAULT true,
    added_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (team_id, network, handle)
);
CREATE TABLE crier.submissions (
    id bigserial PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    team_id integer NOT NULL REFERENCES crier.teams,
    account_id integer NOT NULL REFERENCES crier.accounts,
    author text NOT NULL,
    text text NOT NULL,
    language text NOT NULL DEFAULT 'en',
    scheduled_at timestamptz,
    state text NOT NULL CHECK (state IN ('submitted', 'changes_requested', 'resubmitted', 'approved',
        'queued', 'sending', 'sent', 'cancelled', 'needs_attention')),
    version integer NOT NULL DEFAULT 1,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX submissions_team_state ON crier.submissions (team_id, state);
CREATE TABLE crier.revisions (
    id bigserial PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES crier.submissions ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES crier.teams,
    version integer NOT NULL,
    text text NOT NULL,
    editor text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (submission_id, version)
);
CREATE TABLE crier.comments (
    id bigserial PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    submission_id bigint NOT NULL REFERENCES crier.submissions ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES crier.teams,
    author text NOT NULL,
    body text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE crier.decisions (
    id bigserial PRIMARY KEY,
    uid uuid NOT NULL UNIQUE,
    submission_id bigint NOT NULL REFERENCES crier.submissions ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES crier.teams,
    approver text NOT NULL,
    decision text NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
    version integer NOT NULL,
    comment text NOT NULL DEFAULT '',
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE crier.outbox (
    id bigserial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES crier.teams,
    submission_id bigint REFERENCES crier.submissions ON DELETE SET NULL,
    account_id integer NOT NULL REFERENCES crier.accounts,
    text text NOT NULL,
    language text NOT NULL DEFAULT 'en',
    state text NOT NULL CHECK (state IN ('queued', 'sending', 'waiting', 'sent', 'needs_attention',
        'cancelled')),
    not_before timestamptz,
    next_attempt_at timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    failures integer NOT NULL DEFAULT 0,  -- failed sends, for backoff (a take-over is not a failure)
    attempt_id uuid,
    holder text NOT NULL DEFAULT '',
    holder_pid integer,
    remote_ids jsonb NOT NULL DEFAULT '[]',
    idempotency jsonb NOT NULL DEFAULT '{}',
    remote_url text NOT NULL DEFAULT '',
    error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz
);
CREATE INDEX outbox_account_active ON crier.outbox (account_id, id)
    WHERE state IN ('queued', 'sending', 'waiting');
CREATE TABLE crier.actions (
    uid uuid PRIMARY KEY,
    team_id integer NOT NULL REFERENCES crier.teams,
    actor text NOT NULL,
    kind text NOT NULL,
    result bigint,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE crier.audit_log (
    id bigserial PRIMARY KEY,
    team_id integer NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor text NOT NULL DEFAULT session_user,
    action text NOT NULL,
    submission_id bigint,
    outbox_id bigint,
    account_id integer,
    text text,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX audit_team_at ON crier.audit_log (team_id, at);
"""

HELPERS = r"""
CREATE FUNCTION crier.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: the audit log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON crier.audit_log
    FOR EACH ROW EXECUTE FUNCTION crier.append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON crier.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION crier.append_only();

CREATE FUNCTION crier.my_team() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
    SELECT team_id FROM crier.people WHERE name = session_user
$$;

CREATE FUNCTION crier.me() RETURNS crier.people LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE p crier.people;
BEGIN
    SELECT * INTO p FROM crier.people WHERE name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'permission denied: % is not a member of a Crier team', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN p;
END $$;

CREATE FUNCTION crier.audit(p_team integer, p_action text, p_submission bigint, p_outbox bigint,
                            p_account integer, p_text text, p_detail text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
BEGIN
    INSERT INTO crier.audit_log (team_id, action, submission_id, outbox_id, account_id, text, detail)
    VALUES (p_team, p_action, p_submission, p_outbox, p_account, p_text, coalesce(p_detail, ''));
    PERFORM pg_notify('crier_team_' || p_team,
        json_build_object('action', p_action, 'submission_id', p_submission, 'outbox_id', p_outbox)::text);
END $$;

-- An action already applied (pushed twice by an offline PC) returns its first result.
CREATE FUNCTION crier.seen(p_uid uuid) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
    SELECT coalesce(result, 0) FROM crier.actions WHERE uid = p_uid
$$;

CREATE FUNCTION crier.done(p_uid uuid, p_team integer, p_kind text, p_result bigint)
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    INSERT INTO crier.actions (uid, team_id, actor, kind, result)
    VALUES (p_uid, p_team, session_user, p_kind, p_result)
    RETURNING result
$$;

CREATE FUNCTION crier.submission_for_change(p_id bigint, p_team integer) RETURNS crier.submissions
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE s crier.submissions;
BEGIN
    SELECT * INTO s FROM crier.submissions WHERE id = p_id AND team_id = p_team FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no submission % in your team', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN s;
END $$;

CREATE FUNCTION crier.enqueue(s crier.submissions) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE o_id bigint;
BEGIN
    INSERT INTO crier.outbox (team_id, submission_id, account_id, text, language, state, not_before,
                              next_attempt_at)
    VALUES (s.team_id, s.id, s.account_id, s.text, s.language, 'queued', s.scheduled_at,
            coalesce(s.scheduled_at, now()))
    RETURNING id INTO o_id;
    UPDATE crier.submissions SET state = 'queued', updated_at = now() WHERE id = s.id;
    PERFORM crier.audit(s.team_id, 'queued', s.id, o_id, s.account_id, s.text);
    RETURN o_id;
END $$;
"""

ACTIONS = r"""
CREATE FUNCTION crier.submit(p_uid uuid, p_account integer, p_text text, p_language text DEFAULT 'en',
                             p_scheduled timestamptz DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); s_id bigint := crier.seen(p_uid);
BEGIN
    IF s_id IS NOT NULL THEN RETURN s_id; END IF;
    IF NOT EXISTS (SELECT 1 FROM crier.accounts WHERE id = p_account AND team_id = me.team_id) THEN
        RAISE EXCEPTION 'there is no account % in your team', p_account USING ERRCODE = 'P0002';
    END IF;
    IF btrim(p_text) = '' THEN
        RAISE EXCEPTION 'the post is empty' USING ERRCODE = '22023';
    END IF;
    INSERT INTO crier.submissions (uid, team_id, account_id, author, text, language, scheduled_at, state)
    VALUES (p_uid, me.team_id, p_account, me.name, p_text, coalesce(p_language, 'en'), p_scheduled, 'submitted')
    RETURNING id INTO s_id;
    INSERT INTO crier.revisions (submission_id, team_id, version, text, editor)
    VALUES (s_id, me.team_id, 1, p_text, me.name);
    PERFORM crier.audit(me.team_id, 'submitted', s_id, NULL, p_account, p_text);
    RETURN crier.done(p_uid, me.team_id, 'submit', s_id);
END $$;

CREATE FUNCTION crier.post_direct(p_uid uuid, p_account integer, p_text text, p_reason text,
                                  p_language text DEFAULT 'en', p_scheduled timestamptz DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE
    me crier.people := crier.me(); t crier.teams; a crier.accounts; s crier.submissions;
    s_id bigint := crier.seen(p_uid);
BEGIN
    IF s_id IS NOT NULL THEN RETURN s_id; END IF;
    SELECT * INTO t FROM crier.teams WHERE id = me.team_id;
    SELECT * INTO a FROM crier.accounts WHERE id = p_account AND team_id = me.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no account % in your team', p_account USING ERRCODE = 'P0002';
    END IF;
    IF NOT (
        (NOT a.needs_approval AND (me.role <> 'author' OR t.authors_post_directly))
        OR (me.role <> 'author' AND t.approvers_skip_approval AND btrim(coalesce(p_reason, '')) <> '')
    ) THEN
        RAISE EXCEPTION 'permission denied: posts to % need approval first', a.handle USING ERRCODE = '42501';
    END IF;
    INSERT INTO crier.submissions (uid, team_id, account_id, author, text, language, scheduled_at, state)
    VALUES (p_uid, me.team_id, p_account, me.name, p_text, coalesce(p_language, 'en'), p_scheduled, 'approved')
    RETURNING * INTO s;
    INSERT INTO crier.revisions (submission_id, team_id, version, text, editor)
    VALUES (s.id, me.team_id, 1, p_text, me.name);
    PERFORM crier.audit(me.team_id, 'posted_without_approval', s.id, NULL, p_account, p_text, p_reason);
    PERFORM crier.enqueue(s);
    RETURN crier.done(p_uid, me.team_id, 'post_direct', s.id);
END $$;

CREATE FUNCTION crier.decide(p_uid uuid, p_id bigint, p_decision text, p_comment text,
                             p_version integer DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); t crier.teams; s crier.submissions; done bigint := crier.seen(p_uid);
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    IF me.role = 'author' THEN
        RAISE EXCEPTION 'permission denied: authors cannot approve or send back posts' USING ERRCODE = '42501';
    END IF;
    IF p_decision NOT IN ('approved', 'changes_requested') THEN
        RAISE EXCEPTION 'unknown decision %', p_decision USING ERRCODE = '22023';
    END IF;
    s := crier.submission_for_change(p_id, me.team_id);
    SELECT * INTO t FROM crier.teams WHERE id = me.team_id;
    IF p_decision = 'approved' AND s.author = me.name AND NOT t.self_approval THEN
        RAISE EXCEPTION 'permission denied: you cannot approve your own submission' USING ERRCODE = '42501';
    END IF;
    IF p_decision = 'changes_requested' AND btrim(coalesce(p_comment, '')) = '' THEN
        RAISE EXCEPTION 'say what needs changing in a comment' USING ERRCODE = '22023';
    END IF;
    IF s.state NOT IN ('submitted', 'resubmitted') THEN
        RAISE EXCEPTION 'submission % is % and is not waiting for a decision', p_id, replace(s.state, '_', ' ')
            USING ERRCODE = '55000';
    END IF;
    IF p_version IS NOT NULL AND p_version <> s.version THEN
        RAISE EXCEPTION 'submission % was edited after you read it; read it again before deciding', p_id
            USING ERRCODE = '55000';
    END IF;
    INSERT INTO crier.decisions (uid, submission_id, team_id, approver, decision, version, comment)
    VALUES (p_uid, s.id, s.team_id, me.name, p_decision, s.version, coalesce(p_comment, ''));
    PERFORM crier.audit(s.team_id, p_decision, s.id, NULL, s.account_id, s.text, coalesce(p_comment, ''));
    IF p_decision = 'approved' THEN
        UPDATE crier.submissions SET state = 'approved', updated_at = now() WHERE id = s.id;
        PERFORM crier.enqueue(s);
    ELSE
        UPDATE crier.submissions SET state = 'changes_requested', updated_at = now() WHERE id = s.id;
    END IF;
    RETURN crier.done(p_uid, me.team_id, p_decision, s.id);
END $$;

CREATE FUNCTION crier.add_comment(p_uid uuid, p_id bigint, p_body text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); s crier.submissions; done bigint := crier.seen(p_uid); c_id bigint;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    s := crier.submission_for_change(p_id, me.team_id);
    INSERT INTO crier.comments (uid, submission_id, team_id, author, body)
    VALUES (p_uid, s.id, s.team_id, me.name, p_body) RETURNING id INTO c_id;
    PERFORM crier.audit(s.team_id, 'commented', s.id, NULL, s.account_id, s.text, p_body);
    RETURN crier.done(p_uid, me.team_id, 'comment', c_id);
END $$;

-- Editing keeps every version; an approved or queued post goes back for review, and an edit made
-- from an older version than the current one (two people offline) is recorded as a conflict.
CREATE FUNCTION crier.edit(p_uid uuid, p_id bigint, p_text text, p_base_version integer)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); s crier.submissions; done bigint := crier.seen(p_uid);
        was_approved boolean; v integer;
BEGIN
    IF done IS NOT NULL THEN RETURN done; END IF;
    s := crier.submission_for_change(p_id, me.team_id);
    IF s.author <> me.name AND me.role = 'author' THEN
        RAISE EXCEPTION 'permission denied: only the author or an approver can edit submission %', p_id
            USING ERRCODE = '42501';
    END IF;
    IF s.state IN ('sending', 'sent') OR EXISTS (
        SELECT 1 FROM crier.outbox WHERE submission_id = s.id AND state = 'sending') THEN
        RAISE EXCEPTION 'submission % is already being posted and can no longer be edited', p_id
            USING ERRCODE = '55000';
    END IF;
    was_approved := s.state IN ('approved', 'queued', 'needs_attention');
    v := s.version + 1;
    INSERT INTO crier.revisions (submission_id, team_id, version, text, editor)
    VALUES (s.id, s.team_id, v, p_text, me.name);
    UPDATE crier.outbox SET state = 'cancelled' WHERE submission_id = s.id
        AND state IN ('queued', 'waiting', 'needs_attention');
    UPDATE crier.submissions SET text = p_text, version = v, updated_at = now(),
        state = CASE WHEN s.state = 'submitted' AND coalesce(p_base_version >= s.version, true)
                     THEN 'submitted' ELSE 'resubmitted' END
    WHERE id = s.id;
    IF p_base_version IS NOT NULL AND p_base_version < s.version THEN
        PERFORM crier.audit(s.team_id, 'edit_conflict', s.id, NULL, s.account_id, p_text,
            format('edited from version %s while version %s was current; both are kept', p_base_version, s.version));
    ELSE
        PERFORM crier.audit(s.team_id, 'edited', s.id, NULL, s.account_id, p_text, format('version %s', v));
    END IF;
    IF was_approved THEN
        PERFORM crier.audit(s.team_id, 'returned_for_review', s.id, NULL, s.account_id, p_text);
    END IF;
    RETURN crier.done(p_uid, me.team_id, 'edit', s.id);
END $$;

CREATE FUNCTION crier.register_account(p_network text, p_handle text, p_display_name text DEFAULT '')
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); a_id integer;
BEGIN
    SELECT id INTO a_id FROM crier.accounts WHERE team_id = me.team_id AND network = p_network
        AND handle = p_handle;
    IF FOUND THEN RETURN a_id; END IF;
    INSERT INTO crier.accounts (team_id, network, handle, display_name, added_by)
    VALUES (me.team_id, p_network, p_handle, coalesce(p_display_name, ''), me.name)
    ON CONFLICT (team_id, network, handle) DO UPDATE SET display_name = EXCLUDED.display_name
    RETURNING id INTO a_id;
    PERFORM crier.audit(me.team_id, 'account_added', NULL, NULL, a_id, NULL, p_network || ' ' || p_handle);
    RETURN a_id;
END $$;
"""

ADMIN = r"""
CREATE FUNCTION crier.member_role() RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'crier_member_' || current_database()
$$;

CREATE FUNCTION crier.require_admin() RETURNS crier.people LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me();
BEGIN
    IF me.role <> 'admin' THEN
        RAISE EXCEPTION 'permission denied: only a team admin can do that' USING ERRCODE = '42501';
    END IF;
    RETURN me;
END $$;

-- The password arrives as a SCRAM verifier computed by the client, never as plain text.
CREATE FUNCTION crier.add_person(p_name text, p_role text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.require_admin(); other integer;
BEGIN
    IF p_role NOT IN ('author', 'approver', 'admin') THEN
        RAISE EXCEPTION 'a role is author, approver or admin' USING ERRCODE = '22023';
    END IF;
    IF p_name !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'a user name is lower-case letters, digits, dots, dashes or underscores'
            USING ERRCODE = '22023';
    END IF;
    SELECT team_id INTO other FROM crier.people WHERE name = p_name;
    IF FOUND AND other <> me.team_id THEN
        RAISE EXCEPTION 'permission denied: % belongs to another team', p_name USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'permission denied: % is a database administrator role', p_name
                USING ERRCODE = '42501';
        END IF;
        IF p_verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', crier.member_role(), p_name);
    INSERT INTO crier.people (name, team_id, role) VALUES (p_name, me.team_id, p_role)
    ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role;
    PERFORM crier.audit(me.team_id, 'person_added', NULL, NULL, NULL, NULL, p_name || ' as ' || p_role);
END $$;

CREATE FUNCTION crier.set_policy(p_setting text, p_value text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.require_admin();
BEGIN
    IF p_setting NOT IN ('self_approval', 'authors_post_directly', 'approvers_skip_approval',
                         'retention_days', 'retry_base_seconds') THEN
        RAISE EXCEPTION 'there is no team policy setting %', p_setting USING ERRCODE = '22023';
    END IF;
    EXECUTE format('UPDATE crier.teams SET %I = $1::%s WHERE id = $2', p_setting,
        CASE WHEN p_setting IN ('retention_days', 'retry_base_seconds') THEN 'integer' ELSE 'boolean' END)
    USING p_value, me.team_id;
    PERFORM crier.audit(me.team_id, 'policy_changed', NULL, NULL, NULL, NULL, p_setting || ' = ' || p_value);
END $$;

CREATE FUNCTION crier.set_account_approval(p_account integer, p_needs_approval boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.require_admin();
BEGIN
    UPDATE crier.accounts SET needs_approval = p_needs_approval WHERE id = p_account AND team_id = me.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no account % in your team', p_account USING ERRCODE = 'P0002';
    END IF;
    PERFORM crier.audit(me.team_id, 'policy_changed', NULL, NULL, p_account, NULL,
        'needs_approval = ' || p_needs_approval);
END $$;

-- Retention: drafts (anything never published) older than the team's period are deleted; the
-- audit log, with the text of everything published, is kept.
CREATE FUNCTION crier.purge_expired() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.require_admin(); t crier.teams; n integer;
BEGIN
    SELECT * INTO t FROM crier.teams WHERE id = me.team_id;
    IF t.retention_days IS NULL THEN RETURN 0; END IF;
    DELETE FROM crier.submissions WHERE team_id = t.id
        AND state IN ('submitted', 'changes_requested', 'resubmitted', 'cancelled')
        AND updated_at < now() - make_interval(days => t.retention_days);
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        PERFORM crier.audit(t.id, 'purged', NULL, NULL, NULL, NULL, n || ' drafts past retention');
    END IF;
    RETURN n;
END $$;
"""


def upgrade() -> None:
    run_scripts(TABLES, HELPERS, ACTIONS, ADMIN)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
