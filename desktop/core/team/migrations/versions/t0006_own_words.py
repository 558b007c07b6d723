# ruff: noqa: E501  (SQL text, laid out for reading)
"""Three holes a member's own psql could use, closed in the database (review, session 6).

- ``decide``: an approver could edit someone else's submission into their own words and approve it
  alone (the check only compared the submission's author). Now no one approves a submission with a
  revision of theirs in it, unless the team's ``self_approval`` policy is on.
- ``add_person``: a team admin could set the password of any role on the PostgreSQL server that is not
  a superuser or CREATEROLE (another application's login, a ``pg_read_all_data`` member) and sign in as
  it. Now a password is only set on a role this function creates or one already in the admin's team; an
  existing role outside the team is still taken in without one (Kerberos), as documented.
- ``post_direct``: a reason made only of tabs, newlines or invisible characters counted as a reason, and
  an empty text was queued. Now the reason needs a letter or digit, and the text must not be blank.

Revision ID: t0006
Revises: t0005
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0006"
down_revision = "t0005"
branch_labels = None
depends_on = None

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION crier.decide(p_uid uuid, p_id bigint, p_decision text, p_comment text,
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
    IF p_decision = 'approved' AND NOT t.self_approval AND EXISTS (
        SELECT 1 FROM crier.revisions WHERE submission_id = s.id AND editor = me.name) THEN
        RAISE EXCEPTION 'permission denied: you cannot approve a submission you have edited' USING ERRCODE = '42501';
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

CREATE OR REPLACE FUNCTION crier.add_person(p_name text, p_role text, p_verifier text)
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
        IF p_verifier IS NOT NULL AND other IS NULL THEN
            RAISE EXCEPTION 'permission denied: % is a database role outside this team; IT sets its password', p_name
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

-- A reason a reader can see: a letter or digit, not only spaces, tabs, newlines or invisible characters.
CREATE OR REPLACE FUNCTION crier.post_direct(p_uid uuid, p_account integer, p_text text, p_reason text,
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
    IF coalesce(p_text, '') !~ '[^[:space:]]' THEN
        RAISE EXCEPTION 'the post is empty' USING ERRCODE = '22023';
    END IF;
    IF NOT (
        (NOT a.needs_approval AND (me.role <> 'author' OR t.authors_post_directly))
        OR (me.role <> 'author' AND t.approvers_skip_approval AND coalesce(p_reason, '') ~ '[[:alnum:]]')
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
"""


def upgrade() -> None:
    run_scripts(FUNCTIONS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
