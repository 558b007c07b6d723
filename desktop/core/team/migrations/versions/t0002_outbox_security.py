# ruff: noqa: E501  (SQL text, laid out for reading)
"""Team outbox hand-out (advisory lock per account, FOR UPDATE SKIP LOCKED), and the grants and row-level
security policies that make every table readable only by its own team and writable only through the
functions.

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-06
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0002"
down_revision = "t0001"
branch_labels = None
depends_on = None

OUTBOX = r"""
-- Hand out the next post of some account: the account's session-level advisory lock (which dies with
-- the connection) makes this connection its only publisher; the post row is taken with FOR UPDATE
-- SKIP LOCKED. A post found 'sending' whose account lock was free lost its publisher mid-send: it is
-- taken over at once, flagged so the publisher first asks the network whether it landed.
CREATE FUNCTION crier.claim_next(p_accounts integer[]) RETURNS SETOF crier.outbox
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); a integer; first_id bigint; o crier.outbox;
BEGIN
    FOR a IN SELECT DISTINCT account_id FROM crier.outbox WHERE team_id = me.team_id
             AND account_id = ANY(p_accounts) AND state IN ('queued', 'sending', 'waiting') ORDER BY 1
    LOOP
        IF NOT pg_try_advisory_lock(1667591493, a) THEN CONTINUE; END IF;
        SELECT id INTO first_id FROM crier.outbox WHERE account_id = a
            AND state IN ('queued', 'sending', 'waiting') AND (not_before IS NULL OR not_before <= now())
            ORDER BY id LIMIT 1;
        SELECT * INTO o FROM crier.outbox WHERE id = first_id FOR UPDATE SKIP LOCKED;
        IF first_id IS NULL OR NOT FOUND OR (o.state = 'waiting' AND o.next_attempt_at > now()) THEN
            PERFORM pg_advisory_unlock(1667591493, a);
            CONTINUE;
        END IF;
        IF o.state = 'sending' THEN
            o.idempotency := o.idempotency || '{"check_landed": true}'::jsonb;
            PERFORM crier.audit(o.team_id, 'taken_over', o.submission_id, o.id, a, o.text,
                format('from %s', o.holder));
        END IF;
        UPDATE crier.outbox SET state = 'sending', attempt_id = gen_random_uuid(), attempts = attempts + 1,
            holder = session_user, holder_pid = pg_backend_pid(), idempotency = o.idempotency, error = ''
        WHERE id = o.id RETURNING * INTO o;
        UPDATE crier.submissions SET state = 'sending', updated_at = now() WHERE id = o.submission_id;
        PERFORM crier.audit(o.team_id, 'sending', o.submission_id, o.id, a, o.text,
            format('attempt %s by %s', o.attempts, session_user));
        RETURN NEXT o;
        RETURN;
    END LOOP;
END $$;

CREATE FUNCTION crier.owned(p_id bigint, p_attempt uuid) RETURNS crier.outbox LANGUAGE plpgsql
SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox;
BEGIN
    SELECT * INTO o FROM crier.outbox WHERE id = p_id AND attempt_id = p_attempt AND state = 'sending'
        AND holder_pid = pg_backend_pid() AND team_id = crier.my_team() FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'another Crier took over post %', p_id USING ERRCODE = '55000';
    END IF;
    RETURN o;
END $$;

CREATE FUNCTION crier.progress(p_id bigint, p_attempt uuid, p_remote_ids jsonb, p_idempotency jsonb,
                               p_url text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt);
BEGIN
    UPDATE crier.outbox SET remote_ids = p_remote_ids, idempotency = p_idempotency,
        remote_url = coalesce(p_url, remote_url) WHERE id = o.id;
END $$;

CREATE FUNCTION crier.finish(p_id bigint, p_attempt uuid, p_remote_ids jsonb, p_url text, p_note text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt);
BEGIN
    UPDATE crier.outbox SET state = 'sent', remote_ids = p_remote_ids, remote_url = coalesce(p_url, remote_url),
        error = coalesce(p_note, ''), sent_at = now(), next_attempt_at = NULL WHERE id = o.id;
    UPDATE crier.submissions SET state = 'sent', updated_at = now() WHERE id = o.submission_id;
    PERFORM crier.audit(o.team_id, 'sent', o.submission_id, o.id, o.account_id, o.text,
        'as ' || (SELECT string_agg(value, ', ') FROM jsonb_array_elements_text(p_remote_ids)));
END $$;

CREATE FUNCTION crier.failed(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                             p_retry_at timestamptz, p_idempotency jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt); base integer; next_at timestamptz; to_state text;
BEGIN
    SELECT retry_base_seconds INTO base FROM crier.teams WHERE id = o.team_id;
    IF p_kind IN ('needs_attention', 'needs_editing') THEN
        to_state := 'needs_attention';
    ELSIF p_kind = 'needs_sign_in' THEN
        to_state := 'queued';  -- another PC holding working credentials can send it
        next_at := now();
    ELSE
        to_state := 'waiting';
        next_at := coalesce(p_retry_at, now() + make_interval(secs =>
            greatest(base / 2.0, least(1800, base * 2 ^ o.failures) * random())));
    END IF;
    UPDATE crier.outbox SET state = to_state, next_attempt_at = next_at, error = coalesce(p_message, ''),
        failures = failures + 1,
        idempotency = coalesce(p_idempotency, idempotency) WHERE id = o.id;
    UPDATE crier.submissions SET state = CASE WHEN to_state = 'needs_attention' THEN 'needs_attention'
        ELSE 'queued' END, updated_at = now() WHERE id = o.submission_id;
    PERFORM crier.audit(o.team_id, CASE WHEN to_state = 'needs_attention' THEN 'needs_attention'
        ELSE 'send_failed' END, o.submission_id, o.id, o.account_id, o.text, p_message);
    RETURN to_state;
END $$;

CREATE FUNCTION crier.release(p_account integer) RETURNS boolean LANGUAGE sql AS $$
    SELECT pg_advisory_unlock(1667591493, p_account)
$$;
"""

SECURITY = r"""
DO $$
DECLARE member text := crier.member_role(); t text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', member);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), member);
    EXECUTE format('GRANT USAGE ON SCHEMA crier TO %I', member);
    REVOKE ALL ON ALL TABLES IN SCHEMA crier FROM PUBLIC;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA crier FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA crier FROM PUBLIC;
    FOREACH t IN ARRAY ARRAY['teams', 'people', 'accounts', 'submissions', 'revisions', 'comments',
                             'decisions', 'outbox', 'audit_log'] LOOP
        EXECUTE format('GRANT SELECT ON crier.%I TO %I', t, member);
        EXECUTE format('ALTER TABLE crier.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY same_team ON crier.%I FOR SELECT USING (%s = crier.my_team())', t,
            CASE WHEN t = 'teams' THEN 'id' ELSE 'team_id' END);
    END LOOP;
    ALTER TABLE crier.actions ENABLE ROW LEVEL SECURITY;
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA crier TO %I', member);
    -- Internal helpers are for the functions above only.
    FOREACH t IN ARRAY ARRAY['audit(integer, text, bigint, bigint, integer, text, text)',
        'done(uuid, integer, text, bigint)', 'enqueue(crier.submissions)',
        'submission_for_change(bigint, integer)', 'append_only()'] LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION crier.%s FROM %I', t, member);
    END LOOP;
END $$;
"""


def upgrade() -> None:
    run_scripts(OUTBOX, SECURITY)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
