# ruff: noqa: E501  (SQL text, laid out for reading)
"""Who may publish for each account, and what they may record, enforced in the database (review 6b).

- ``crier.account_holders``: the people whose PCs hold an account's credentials. Only they are handed
  its posts (``claim_next``) and only they record a send (``progress``, ``finish``, ``failed``): any
  member could claim an approved post and mark it sent with a made-up id. An approver or admin who makes
  an account known from their PC (``register_account``, which a PC calls for each account connected
  there) becomes its holder; an admin adds or removes holders (``add_holder``, ``remove_holder``).
  Existing accounts are held by whoever made them known and whoever has sent (or tried to send) for
  them: an admin reviews them with ``crier team holders list`` after upgrading.
- The parts a post goes out as (idempotency ``split``) can only be recorded once, and only as the approved
  text: the same characters in the same order apart from white space, ``---`` break lines and the
  " 2/3" numbering the splitting adds (``crier.parts_match``). The database checks it rather than the
  publisher re-deriving the parts, because two PCs (versions, account limits) may split the same text
  differently and a thread half sent one way must be finished the same way.
- A part's first attempt time (``first_attempt_at``) is the team database's clock, not the sending PC's:
  the PC that takes a post over searches the network from it, and PCs' clocks disagree.

Revision ID: t0008
Revises: t0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0008"
down_revision = "t0007"
branch_labels = None
depends_on = None

TABLE = r"""
CREATE TABLE crier.account_holders (
    account_id integer NOT NULL REFERENCES crier.accounts ON DELETE CASCADE,
    person text NOT NULL REFERENCES crier.people ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES crier.teams,
    holds boolean NOT NULL DEFAULT true,  -- false: an admin removed them; making it known again won't do
    added_by text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, person)
);
INSERT INTO crier.account_holders (account_id, person, team_id, added_by)
SELECT DISTINCT a.id, p.name, a.team_id, 'upgrade'
FROM crier.accounts a JOIN crier.people p ON p.team_id = a.team_id
WHERE p.name = a.added_by
   OR p.name IN (SELECT o.holder FROM crier.outbox o WHERE o.account_id = a.id);
"""

FUNCTIONS = r"""
CREATE FUNCTION crier.holds(p_account integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM crier.account_holders WHERE account_id = p_account AND person = session_user
        AND holds)
$$;

-- Whether PARTS (a jsonb array of strings) are TEXT as the splitting rules give it: the same characters
-- in the same order once white space (any Python counts as such, and a few invisible ones), `---` break
-- lines and each part's " k/n" numbering are set aside.
CREATE FUNCTION crier.parts_match(p_text text, p_parts jsonb) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
SET search_path = crier, pg_temp AS $$
DECLARE
    ws constant text := '[[:space:]\u0085\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]';
    n integer; k integer := 0; part jsonb; piece text; joined text := '';
BEGIN
    IF jsonb_typeof(p_parts) IS DISTINCT FROM 'array' THEN RETURN false; END IF;
    n := jsonb_array_length(p_parts);
    FOR part IN SELECT value FROM jsonb_array_elements(p_parts) LOOP
        k := k + 1;
        IF jsonb_typeof(part) <> 'string' THEN RETURN false; END IF;
        piece := part #>> '{}';
        IF n > 1 AND right(piece, length(format(' %s/%s', k, n))) = format(' %s/%s', k, n) THEN
            piece := left(piece, -length(format(' %s/%s', k, n)));
        END IF;
        joined := joined || piece;
    END LOOP;
    RETURN regexp_replace(joined, ws, '', 'g')
         = regexp_replace(regexp_replace(p_text, '^[ \t]*---[ \t]*\r?$', '', 'gn'), ws, '', 'g');
END $$;

-- The send steps' checks: the attempt is this connection's (crier.owned), the caller holds the account,
-- the parts are recorded once and are the approved text, and each part's first attempt time is ours.
CREATE FUNCTION crier.checked(o crier.outbox, p_idempotency jsonb) RETURNS jsonb LANGUAGE plpgsql
SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE idem jsonb := p_idempotency; k text;
BEGIN
    IF NOT crier.holds(o.account_id) THEN
        RAISE EXCEPTION 'permission denied: % does not publish for this account', session_user
            USING ERRCODE = '42501';
    END IF;
    IF idem IS NULL THEN RETURN NULL; END IF;
    IF o.idempotency ? 'split' AND (idem->'split') IS DISTINCT FROM (o.idempotency->'split') THEN
        RAISE EXCEPTION 'permission denied: the parts of post % were recorded already', o.id
            USING ERRCODE = '42501';
    END IF;
    IF idem ? 'split' AND NOT o.idempotency ? 'split' AND NOT crier.parts_match(o.text, idem->'split') THEN
        RAISE EXCEPTION 'permission denied: the parts of post % are not its approved text', o.id
            USING ERRCODE = '42501';
    END IF;
    -- a part's first attempt begins now, on this server's clock (kept once recorded)
    FOR k IN SELECT jsonb_object_keys(coalesce(idem->'parts', '{}')) LOOP
        idem := jsonb_set(idem, ARRAY['parts', k, 'first_attempt_at'], coalesce(
            o.idempotency #> ARRAY['parts', k, 'first_attempt_at'],
            to_jsonb(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))));
    END LOOP;
    RETURN idem;
END $$;

CREATE OR REPLACE FUNCTION crier.progress(p_id bigint, p_attempt uuid, p_remote_ids jsonb, p_idempotency jsonb,
                               p_url text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt);
BEGIN
    UPDATE crier.outbox SET remote_ids = p_remote_ids, idempotency = coalesce(crier.checked(o, p_idempotency), idempotency),
        remote_url = coalesce(p_url, remote_url) WHERE id = o.id;
END $$;

CREATE OR REPLACE FUNCTION crier.finish(p_id bigint, p_attempt uuid, p_remote_ids jsonb, p_url text, p_note text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt);
BEGIN
    PERFORM crier.checked(o, NULL);
    IF o.idempotency ? 'split' AND jsonb_array_length(p_remote_ids) <> jsonb_array_length(o.idempotency->'split') THEN
        RAISE EXCEPTION 'permission denied: post % has % parts', o.id, jsonb_array_length(o.idempotency->'split')
            USING ERRCODE = '42501';
    END IF;
    UPDATE crier.outbox SET state = 'sent', remote_ids = p_remote_ids, remote_url = coalesce(p_url, remote_url),
        error = coalesce(p_note, ''), sent_at = now(), next_attempt_at = NULL WHERE id = o.id;
    UPDATE crier.submissions SET state = 'sent', updated_at = now() WHERE id = o.submission_id;
    PERFORM crier.audit(o.team_id, 'sent', o.submission_id, o.id, o.account_id, o.text,
        'as ' || (SELECT string_agg(value, ', ') FROM jsonb_array_elements_text(p_remote_ids)));
END $$;

CREATE OR REPLACE FUNCTION crier.failed(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                             p_retry_at timestamptz, p_idempotency jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE o crier.outbox := crier.owned(p_id, p_attempt); base integer; next_at timestamptz; to_state text;
    idem jsonb := crier.checked(o, p_idempotency);
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
        idempotency = coalesce(idem, idempotency) WHERE id = o.id;
    UPDATE crier.submissions SET state = CASE WHEN to_state = 'needs_attention' THEN 'needs_attention'
        ELSE 'queued' END, updated_at = now() WHERE id = o.submission_id;
    PERFORM crier.audit(o.team_id, CASE WHEN to_state = 'needs_attention' THEN 'needs_attention'
        ELSE 'send_failed' END, o.submission_id, o.id, o.account_id, o.text, p_message);
    RETURN to_state;
END $$;

-- claim_next as in t0003, for the accounts the caller holds only (others are left as if not asked for).
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

-- A PC makes its connected accounts known; an approver or admin doing so holds the account's credentials.
CREATE OR REPLACE FUNCTION crier.register_account(p_network text, p_handle text, p_display_name text DEFAULT '')
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.me(); a_id integer;
BEGIN
    SELECT id INTO a_id FROM crier.accounts WHERE team_id = me.team_id AND network = p_network
        AND handle = p_handle;
    IF NOT FOUND THEN
        INSERT INTO crier.accounts (team_id, network, handle, display_name, added_by)
        VALUES (me.team_id, p_network, p_handle, coalesce(p_display_name, ''), me.name)
        ON CONFLICT (team_id, network, handle) DO UPDATE SET display_name = EXCLUDED.display_name
        RETURNING id INTO a_id;
        PERFORM crier.audit(me.team_id, 'account_added', NULL, NULL, a_id, NULL, p_network || ' ' || p_handle);
    END IF;
    IF me.role IN ('approver', 'admin') THEN
        PERFORM crier.set_holder(a_id, me.name, true, me, true);
    END IF;
    RETURN a_id;
END $$;

-- An admin's add or remove always counts; making an account known (p_auto) never undoes a removal.
CREATE FUNCTION crier.set_holder(p_account integer, p_person text, p_holds boolean, me crier.people,
                                 p_auto boolean DEFAULT false)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE changed integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM crier.accounts WHERE id = p_account AND team_id = me.team_id) THEN
        RAISE EXCEPTION 'there is no account % in your team', p_account USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM crier.people WHERE name = p_person AND team_id = me.team_id) THEN
        RAISE EXCEPTION 'permission denied: % is not in this team', p_person USING ERRCODE = '42501';
    END IF;
    IF p_auto THEN
        INSERT INTO crier.account_holders (account_id, person, team_id) VALUES (p_account, p_person, me.team_id)
        ON CONFLICT DO NOTHING;
    ELSIF p_holds THEN
        INSERT INTO crier.account_holders (account_id, person, team_id) VALUES (p_account, p_person, me.team_id)
        ON CONFLICT (account_id, person) DO UPDATE SET holds = true, added_by = session_user, at = now()
        WHERE NOT crier.account_holders.holds;
    ELSE
        UPDATE crier.account_holders SET holds = false, added_by = session_user, at = now()
        WHERE account_id = p_account AND person = p_person AND holds;
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    IF changed > 0 THEN
        PERFORM crier.audit(me.team_id, CASE WHEN p_holds THEN 'holder_added' ELSE 'holder_removed' END,
            NULL, NULL, p_account, NULL, p_person);
    END IF;
    RETURN changed > 0;
END $$;

CREATE FUNCTION crier.add_holder(p_account integer, p_person text) RETURNS boolean LANGUAGE sql
SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    SELECT crier.set_holder(p_account, p_person, true, crier.require_admin())
$$;

CREATE FUNCTION crier.remove_holder(p_account integer, p_person text) RETURNS boolean LANGUAGE sql
SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    SELECT crier.set_holder(p_account, p_person, false, crier.require_admin())
$$;
"""

# New functions and tables are PUBLIC's or nobody's until told otherwise: members read the holders and
# call the two admin functions (which check the role themselves) and ``holds``.
GRANTS = r"""
DO $$
DECLARE member text := crier.member_role();
BEGIN
    REVOKE ALL ON crier.account_holders FROM PUBLIC;
    EXECUTE format('GRANT SELECT ON crier.account_holders TO %I', member);
    ALTER TABLE crier.account_holders ENABLE ROW LEVEL SECURITY;
    CREATE POLICY same_team ON crier.account_holders FOR SELECT USING (team_id = crier.my_team());
    REVOKE ALL ON FUNCTION crier.holds(integer), crier.parts_match(text, jsonb),
        crier.checked(crier.outbox, jsonb), crier.set_holder(integer, text, boolean, crier.people, boolean),
        crier.add_holder(integer, text), crier.remove_holder(integer, text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.holds(integer), crier.parts_match(text, jsonb),'
        ' crier.add_holder(integer, text), crier.remove_holder(integer, text) TO %I', member);
END $$;
"""


def upgrade() -> None:
    run_scripts(TABLE, FUNCTIONS, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
