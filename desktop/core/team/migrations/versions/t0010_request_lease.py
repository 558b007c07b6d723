# ruff: noqa: E501  (SQL text, laid out for reading)
"""A post is not taken over while its last request may still be on its way to the network (review 7b).

A PC whose team-database connection dropped mid-send loses its advisory lock at once, but its HTTP
request to the network is still open: the PC that took the post over straight away searched the network,
found nothing (the post hadn't landed yet), and posted it again; then the first copy landed too.

Before each request the sending PC now records how long that request may take at most (its publisher's
request deadline), on this server's clock: ``crier.outbox.request_until``. ``claim_next`` leaves a post
found ``sending`` whose account lock is free until then, and takes it over only afterwards, when the
request has ended either way and the landing search can see what it did. The listings say so
(``team.client.ATTEMPT_WAIT_SQL``).

Revision ID: t0010
Revises: t0009
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0010"
down_revision = "t0009"
branch_labels = None
depends_on = None

LEASE = r"""
ALTER TABLE crier.outbox ADD COLUMN request_until timestamptz;

-- progress as in t0008 (and t0009), and the request about to start may take up to p_deadline seconds (at most an hour).
CREATE FUNCTION crier.progress(p_id bigint, p_attempt uuid, p_remote_ids jsonb, p_idempotency jsonb,
                               p_url text, p_deadline double precision) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
BEGIN
    PERFORM crier.progress(p_id, p_attempt, p_remote_ids, p_idempotency, p_url);
    -- (crier.progress refused unless this attempt owns the post: only its owner gets here)
    UPDATE crier.outbox SET request_until = clock_timestamp()
        + make_interval(secs => least(greatest(coalesce(p_deadline, 0), 0), 3600)) WHERE id = p_id;
END $$;

-- claim_next as in t0009, leaving a post whose last request may still be on its way (request_until).
CREATE OR REPLACE FUNCTION crier.claim_next(p_accounts integer[]) RETURNS SETOF crier.outbox
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); a integer; first_id bigint; o crier.outbox;
BEGIN
    FOR a IN SELECT DISTINCT account_id FROM crier.outbox WHERE team_id = me.team_id
             AND account_id = ANY(p_accounts) AND state IN ('queued', 'sending', 'waiting')
             AND account_id IN (SELECT account_id FROM crier.account_holders WHERE person = me.name AND holds)
             ORDER BY 1
    LOOP
        IF NOT pg_try_advisory_lock(1667591493, a) THEN CONTINUE; END IF;
        SELECT id INTO first_id FROM crier.outbox WHERE account_id = a
            AND state IN ('queued', 'sending', 'waiting') AND (not_before IS NULL OR not_before <= now())
            ORDER BY id LIMIT 1;
        SELECT * INTO o FROM crier.outbox WHERE id = first_id FOR UPDATE SKIP LOCKED;
        IF first_id IS NULL OR NOT FOUND OR (o.state = 'waiting' AND o.next_attempt_at > now())
           OR (o.state = 'sending' AND o.request_until > clock_timestamp())
           OR (o.state <> 'sending' AND crier.pair_hold(o.submission_id) IS NOT NULL) THEN
            PERFORM pg_advisory_unlock(1667591493, a);
            CONTINUE;
        END IF;
        IF o.state = 'sending' THEN
            o.idempotency := o.idempotency || '{"check_landed": true}'::jsonb;
            PERFORM crier.audit_said(o.team_id, 'taken_over', o.submission_id, o.id, a, o.text,
                jsonb_build_object('phrase', 'taken_from', 'person', o.holder));
        END IF;
        UPDATE crier.outbox SET state = 'sending', attempt_id = gen_random_uuid(), attempts = attempts + 1,
            holder = session_user, holder_pid = pg_backend_pid(), idempotency = o.idempotency, error = '',
            request_until = NULL
        WHERE id = o.id RETURNING * INTO o;
        UPDATE crier.submissions SET state = 'sending', updated_at = now() WHERE id = o.submission_id;
        PERFORM crier.audit_said(o.team_id, 'sending', o.submission_id, o.id, a, o.text,
            jsonb_build_object('phrase', 'attempt', 'attempt', o.attempts, 'person', session_user));
        RETURN NEXT o;
        RETURN;
    END LOOP;
END $$;
"""


def upgrade() -> None:
    run_scripts(LEASE)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
