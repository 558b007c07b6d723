# ruff: noqa: E501  (SQL text, laid out for reading)
"""Welsh-English pairs in the team: two submissions (a Welsh and an English account) that are approved
each on its own, go to the outbox only once both are approved, and go out Welsh first.

The rule is one SQL function, ``crier.pair_hold``: why a paired submission can't go out now (its partner
is back in review, or it is the English and the Welsh is not sent yet), or NULL. ``claim_next`` skips a
held post (and, as for any post, the account's later posts wait behind it), and a trigger refuses any
outbox row that turns ``sending`` while held, so no PC, however it races, can start the English before the
Welsh is recorded sent by the PC that sent it. ``enqueue`` keeps the Welsh row before the English in the
outbox (re-queuing an English row that has not started behind a Welsh one queued again after an edit), so a
pair on one account never waits on itself.

Why both approvals rather than one for the pair: each language's words are read and approved by a person,
and the audit log says who approved which text (the Welsh Language Standards' "no less favourably"); an
edit or a send-back works on one submission as before. Neither goes out until both are approved, so the
Welsh account is never updated while the English post is still being changed, or the other way round.

Revision ID: t0003
Revises: t0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0003"
down_revision = "t0002"
branch_labels = None
depends_on = None

TABLES = r"""
ALTER TABLE crier.submissions ADD COLUMN pair_id uuid, ADD COLUMN pair_index smallint
    CHECK (pair_index IN (0, 1)),
    ADD CONSTRAINT submissions_pair_whole CHECK ((pair_id IS NULL) = (pair_index IS NULL)),
    ADD CONSTRAINT submissions_pair_two UNIQUE (pair_id, pair_index);
"""

PAIRS = r"""
-- Why submission P_ID (one of a pair) can't go out now, or NULL: {"wait": ..., "partner": id,
-- "account": the partner's handle, "welsh": whether the partner is the Welsh post, "error": its last error}.
--   in_review        the partner is waiting for a decision or for changes (neither goes until both approved)
--   needs_attention  the Welsh needs attention (the English waits)
--   cancelled        the Welsh was cancelled (the English waits for a person)
--   welsh_first      the Welsh is not sent yet (the English waits; "error" says why, if it failed)
CREATE FUNCTION crier.pair_hold(p_id bigint) RETURNS jsonb LANGUAGE sql STABLE
SET search_path = crier, pg_temp AS $$
    SELECT CASE WHEN h.wait IS NULL THEN NULL ELSE jsonb_build_object('wait', h.wait, 'partner', h.id,
        'account', h.handle, 'welsh', h.welsh, 'error', coalesce(h.error, '')) END
    FROM (
        SELECT CASE
            WHEN p.state IN ('submitted', 'resubmitted', 'changes_requested') THEN 'in_review'
            WHEN s.pair_index = 0 OR p.state = 'sent' THEN NULL
            WHEN p.state = 'needs_attention' THEN 'needs_attention'
            WHEN p.state = 'cancelled' THEN 'cancelled'
            ELSE 'welsh_first' END AS wait,
            p.id, a.handle, p.pair_index = 0 AS welsh,
            (SELECT o.error FROM crier.outbox o WHERE o.submission_id = p.id ORDER BY o.id DESC LIMIT 1) AS error
        FROM crier.submissions s JOIN crier.submissions p ON p.pair_id = s.pair_id AND p.id <> s.id
            JOIN crier.accounts a ON a.id = p.account_id
        WHERE s.id = p_id  -- one still in review (or finished) waits for nothing but itself
            AND s.state NOT IN ('submitted', 'resubmitted', 'changes_requested', 'sent', 'cancelled')
    ) h
$$;

-- The database's promise: an outbox row starts sending only when its pair lets it (see pair_hold). A row
-- already sending (taken over from a PC that vanished) started when it was allowed.
CREATE FUNCTION crier.pair_order() RETURNS trigger LANGUAGE plpgsql
SET search_path = crier, pg_temp AS $$
DECLARE hold jsonb;
BEGIN
    IF NEW.state = 'sending' AND OLD.state <> 'sending' AND NEW.submission_id IS NOT NULL THEN
        hold := crier.pair_hold(NEW.submission_id);
        IF hold IS NOT NULL THEN
            RAISE EXCEPTION 'post % waits for its pair (%)', NEW.id, hold ->> 'wait' USING ERRCODE = '55000';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER outbox_pair_order BEFORE UPDATE OF state ON crier.outbox
    FOR EACH ROW EXECUTE FUNCTION crier.pair_order();

-- Both submissions of a pair are locked, lower id first, before either changes: two approvers deciding
-- the two halves at once queue the pair once, and never deadlock.
CREATE OR REPLACE FUNCTION crier.submission_for_change(p_id bigint, p_team integer) RETURNS crier.submissions
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE s crier.submissions;
BEGIN
    PERFORM 1 FROM crier.submissions WHERE team_id = p_team
        AND pair_id = (SELECT pair_id FROM crier.submissions WHERE id = p_id) ORDER BY id FOR UPDATE;
    SELECT * INTO s FROM crier.submissions WHERE id = p_id AND team_id = p_team FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no submission % in your team', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN s;
END $$;

-- One submission into the outbox (t0001's enqueue, unchanged).
CREATE FUNCTION crier.enqueue_one(s crier.submissions) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
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

-- An approved submission into the outbox. One of a pair waits (state 'approved') until its partner is
-- approved too; then both go in, the Welsh first. The caller holds both rows (submission_for_change).
CREATE OR REPLACE FUNCTION crier.enqueue(s crier.submissions) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE p crier.submissions; o crier.outbox; o_id bigint;
BEGIN
    IF s.pair_id IS NULL THEN
        RETURN crier.enqueue_one(s);
    END IF;
    SELECT * INTO p FROM crier.submissions WHERE pair_id = s.pair_id AND id <> s.id;
    IF p.state IN ('submitted', 'resubmitted', 'changes_requested') THEN
        PERFORM crier.audit(s.team_id, 'waiting_for_pair', s.id, NULL, s.account_id, s.text,
            format('waits for submission %s to be approved', p.id));
        RETURN NULL;
    END IF;
    IF p.state = 'approved' AND p.pair_index = 0 THEN
        PERFORM crier.enqueue_one(p);  -- the Welsh first
    END IF;
    o_id := crier.enqueue_one(s);
    IF p.state = 'approved' AND p.pair_index = 1 THEN
        PERFORM crier.enqueue_one(p);
    ELSIF s.pair_index = 0 THEN
        -- The Welsh queued again after an edit: an English row that has not started moves behind it.
        FOR o IN SELECT * FROM crier.outbox WHERE submission_id = p.id AND state IN ('queued', 'waiting')
                 AND remote_ids = '[]'::jsonb AND id < o_id FOR UPDATE LOOP
            UPDATE crier.outbox SET state = 'cancelled', error = 'queued again behind its Welsh pair'
                WHERE id = o.id;
            PERFORM crier.enqueue_one(p);
        END LOOP;
    END IF;
    RETURN o_id;
END $$;

CREATE FUNCTION crier.submit_pair(p_uid uuid, p_welsh integer, p_welsh_text text, p_english integer,
                                  p_english_text text, p_scheduled timestamptz DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); w_id bigint := crier.seen(p_uid); e_id bigint;
        pair uuid := gen_random_uuid();
BEGIN
    IF w_id IS NOT NULL THEN RETURN w_id; END IF;
    IF NOT EXISTS (SELECT 1 FROM crier.accounts WHERE id = p_welsh AND team_id = me.team_id)
       OR NOT EXISTS (SELECT 1 FROM crier.accounts WHERE id = p_english AND team_id = me.team_id) THEN
        RAISE EXCEPTION 'a pair needs a Welsh and an English account of your team' USING ERRCODE = 'P0002';
    END IF;
    IF btrim(coalesce(p_welsh_text, '')) = '' OR btrim(coalesce(p_english_text, '')) = '' THEN
        RAISE EXCEPTION 'a pair needs both a Welsh and an English post' USING ERRCODE = '22023';
    END IF;
    INSERT INTO crier.submissions (uid, team_id, account_id, author, text, language, scheduled_at, state,
                                   pair_id, pair_index)
    VALUES (p_uid, me.team_id, p_welsh, me.name, p_welsh_text, 'cy', p_scheduled, 'submitted', pair, 0)
    RETURNING id INTO w_id;
    INSERT INTO crier.submissions (uid, team_id, account_id, author, text, language, scheduled_at, state,
                                   pair_id, pair_index)
    VALUES (gen_random_uuid(), me.team_id, p_english, me.name, p_english_text, 'en', p_scheduled,
            'submitted', pair, 1)
    RETURNING id INTO e_id;
    INSERT INTO crier.revisions (submission_id, team_id, version, text, editor)
    VALUES (w_id, me.team_id, 1, p_welsh_text, me.name), (e_id, me.team_id, 1, p_english_text, me.name);
    PERFORM crier.audit(me.team_id, 'submitted', w_id, NULL, p_welsh, p_welsh_text,
        format('the Welsh of a pair with submission %s', e_id));
    PERFORM crier.audit(me.team_id, 'submitted', e_id, NULL, p_english, p_english_text,
        format('the English of a pair with submission %s', w_id));
    RETURN crier.done(p_uid, me.team_id, 'submit_pair', w_id);
END $$;
"""

# claim_next as in t0002, with one more reason to leave an account's first post for later: its pair.
CLAIM = r"""
CREATE OR REPLACE FUNCTION crier.claim_next(p_accounts integer[]) RETURNS SETOF crier.outbox
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
        IF first_id IS NULL OR NOT FOUND OR (o.state = 'waiting' AND o.next_attempt_at > now())
           OR (o.state <> 'sending' AND crier.pair_hold(o.submission_id) IS NOT NULL) THEN
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
"""

# New functions are executable by PUBLIC until told otherwise: members get the two they call.
GRANTS = r"""
DO $$
DECLARE member text := crier.member_role();
BEGIN
    REVOKE ALL ON FUNCTION crier.pair_hold(bigint), crier.pair_order(),
        crier.enqueue_one(crier.submissions),
        crier.submit_pair(uuid, integer, text, integer, text, timestamptz) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.pair_hold(bigint) TO %I', member);
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.submit_pair(uuid, integer, text, integer, text, timestamptz) TO %I', member);
END $$;
"""


def upgrade() -> None:
    run_scripts(TABLES, PAIRS, CLAIM, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
