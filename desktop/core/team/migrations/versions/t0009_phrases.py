# ruff: noqa: E501  (SQL text, laid out for reading)
"""Each audit entry's detail kept as a phrase and its values (``crier.audit_log.detail_args``) beside the
English ``detail``, so every reader shows it in their own language (``desktop/core/team/history.py``).

The functions wrote only the English phrase ("attempt 1 by bob"); the reader recognised it with patterns
copied from these functions, so a new or reworded phrase silently read in English in a Welsh window. Now
each phrase has an id and named values (``{"phrase": "attempt", "attempt": 1, "person": "bob"}``) and
``crier.said`` writes its English from them: one place lists every phrase the database writes, and a test
checks each against the reader's (tests/test_team_history.py). ``detail`` stays the English, for psql and
the audit export's ``detail`` column; a send error keeps its marked form (``crier.failed``'s
``p_message_text``, t0005) in the entry itself. A person's own words (a comment, a decision's note, a
reason) stay as written, with no ``detail_args``; so do rows written before this.

The functions that write audit entries are restated (``CREATE OR REPLACE`` needs the whole function), each
as its last migration left it but for its ``crier.audit`` call. The audit log's append-only triggers are
untouched: adding a column that may be NULL rewrites no row.

Revision ID: t0009
Revises: t0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0009"
down_revision = "t0008"
branch_labels = None
depends_on = None

SAID = r"""
ALTER TABLE crier.audit_log ADD COLUMN detail_args jsonb;

-- The English of an audit phrase (P_ARGS: {"phrase": its id, and its values by name}); the reader has each
-- id's words in every language (core.team.history.SAID). An id not listed here is a function's mistake.
CREATE FUNCTION crier.said(p_args jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE
SET search_path = crier, pg_temp AS $$
DECLARE v jsonb := p_args;
BEGIN
    CASE v ->> 'phrase'
        WHEN 'version' THEN RETURN format('version %s', v ->> 'version');
        WHEN 'edit_conflict' THEN RETURN format(
            'edited from version %s while version %s was current; both are kept', v ->> 'base', v ->> 'current');
        WHEN 'attempt' THEN RETURN format('attempt %s by %s', v ->> 'attempt', v ->> 'person');
        WHEN 'taken_from' THEN RETURN format('from %s', v ->> 'person');
        WHEN 'sent_as' THEN RETURN 'as ' || (SELECT string_agg(value, ', ') FROM jsonb_array_elements_text(v -> 'ids'));
        WHEN 'waits_for' THEN RETURN format('waits for submission %s to be approved', v ->> 'id');
        WHEN 'welsh_of_pair' THEN RETURN format('the Welsh of a pair with submission %s', v ->> 'id');
        WHEN 'english_of_pair' THEN RETURN format('the English of a pair with submission %s', v ->> 'id');
        WHEN 'purged' THEN RETURN format('%s drafts past retention', v ->> 'count');
        WHEN 'person_role' THEN RETURN format('%s as %s', v ->> 'name', v ->> 'role');
        WHEN 'account' THEN RETURN format('%s %s', v ->> 'network', v ->> 'handle');
        WHEN 'setting' THEN RETURN format('%s = %s', v ->> 'setting', v ->> 'value');
        WHEN 'person' THEN RETURN v ->> 'person';
        WHEN 'images' THEN RETURN (SELECT string_agg(format('image %s: %s', i ->> 'n', i ->> 'alt'), '; ' ORDER BY k)
            FROM jsonb_array_elements(v -> 'images') WITH ORDINALITY AS e(i, k));
        ELSE
            RAISE EXCEPTION 'crier.said does not know the audit phrase %', v ->> 'phrase' USING ERRCODE = '22023';
    END CASE;
END $$;

-- An entry whose detail is given both ways (a send error: its English and its marked form).
CREATE FUNCTION crier.audit(p_team integer, p_action text, p_submission bigint, p_outbox bigint,
                            p_account integer, p_text text, p_detail text, p_args jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
BEGIN
    INSERT INTO crier.audit_log (team_id, action, submission_id, outbox_id, account_id, text, detail, detail_args)
    VALUES (p_team, p_action, p_submission, p_outbox, p_account, p_text, coalesce(p_detail, ''), p_args);
    PERFORM pg_notify('crier_team_' || p_team,
        json_build_object('action', p_action, 'submission_id', p_submission, 'outbox_id', p_outbox)::text);
END $$;

-- An entry whose detail is one of the database's phrases: its English (crier.said) and the phrase.
CREATE FUNCTION crier.audit_said(p_team integer, p_action text, p_submission bigint, p_outbox bigint,
                                 p_account integer, p_text text, p_args jsonb)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    SELECT crier.audit(p_team, p_action, p_submission, p_outbox, p_account, p_text, crier.said(p_args), p_args)
$$;
"""

# Each as its last migration left it (named), but for the entries' phrases.
REVIEW = r"""
-- t0003
CREATE OR REPLACE FUNCTION crier.enqueue(s crier.submissions) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = crier, pg_temp AS $$
DECLARE p crier.submissions; o crier.outbox; o_id bigint;
BEGIN
    IF s.pair_id IS NULL THEN
        RETURN crier.enqueue_one(s);
    END IF;
    SELECT * INTO p FROM crier.submissions WHERE pair_id = s.pair_id AND id <> s.id;
    IF p.state IN ('submitted', 'resubmitted', 'changes_requested') THEN
        PERFORM crier.audit_said(s.team_id, 'waiting_for_pair', s.id, NULL, s.account_id, s.text,
            jsonb_build_object('phrase', 'waits_for', 'id', p.id));
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

-- t0003
CREATE OR REPLACE FUNCTION crier.submit_pair(p_uid uuid, p_welsh integer, p_welsh_text text, p_english integer,
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
    PERFORM crier.audit_said(me.team_id, 'submitted', w_id, NULL, p_welsh, p_welsh_text,
        jsonb_build_object('phrase', 'welsh_of_pair', 'id', e_id));
    PERFORM crier.audit_said(me.team_id, 'submitted', e_id, NULL, p_english, p_english_text,
        jsonb_build_object('phrase', 'english_of_pair', 'id', w_id));
    RETURN crier.done(p_uid, me.team_id, 'submit_pair', w_id);
END $$;

-- t0001
CREATE OR REPLACE FUNCTION crier.edit(p_uid uuid, p_id bigint, p_text text, p_base_version integer)
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
        PERFORM crier.audit_said(s.team_id, 'edit_conflict', s.id, NULL, s.account_id, p_text,
            jsonb_build_object('phrase', 'edit_conflict', 'base', p_base_version, 'current', s.version));
    ELSE
        PERFORM crier.audit_said(s.team_id, 'edited', s.id, NULL, s.account_id, p_text,
            jsonb_build_object('phrase', 'version', 'version', v));
    END IF;
    IF was_approved THEN
        PERFORM crier.audit(s.team_id, 'returned_for_review', s.id, NULL, s.account_id, p_text);
    END IF;
    RETURN crier.done(p_uid, me.team_id, 'edit', s.id);
END $$;

-- t0007
CREATE OR REPLACE FUNCTION crier.put_images(s_id bigint, p_images jsonb, p_contents bytea[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE s crier.submissions; i integer; n integer := coalesce(jsonb_array_length(p_images), 0);
BEGIN
    IF n <> coalesce(array_length(p_contents, 1), 0) THEN
        RAISE EXCEPTION 'each image needs its description and its bytes' USING ERRCODE = '22023';
    END IF;
    IF n > 4 THEN
        RAISE EXCEPTION 'a post can carry at most 4 images' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO s FROM crier.submissions WHERE id = s_id;
    FOR i IN 0 .. n - 1 LOOP
        IF btrim(coalesce(p_images -> i ->> 'alt_text', '')) = '' THEN
            RAISE EXCEPTION 'image % has no description (alt text)', i + 1 USING ERRCODE = '22023';
        END IF;
        IF octet_length(p_contents[i + 1]) > 20000000 THEN
            RAISE EXCEPTION 'image % is over 20 MB', i + 1 USING ERRCODE = '22023';
        END IF;
        IF crier.image_type(p_contents[i + 1]) IS DISTINCT FROM p_images -> i ->> 'media_type' THEN
            RAISE EXCEPTION 'image % is not the PNG, JPEG, GIF or WebP image it says it is', i + 1
                USING ERRCODE = '22023';
        END IF;
        INSERT INTO crier.attachments (submission_id, team_id, position, name, media_type, alt_text, content)
        VALUES (s.id, s.team_id, i, left(coalesce(p_images -> i ->> 'name', ''), 255),
                p_images -> i ->> 'media_type', p_images -> i ->> 'alt_text', p_contents[i + 1]);
    END LOOP;
    IF n > 0 THEN
        PERFORM crier.audit_said(s.team_id, 'images_attached', s.id, NULL, s.account_id, s.text,
            jsonb_build_object('phrase', 'images', 'images', (
                SELECT jsonb_agg(jsonb_build_object('n', a.position + 1, 'alt', a.alt_text) ORDER BY a.position)
                FROM crier.attachments a WHERE a.submission_id = s.id)));
    END IF;
END $$;
"""

SENDING = r"""
-- t0008
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
            PERFORM crier.audit_said(o.team_id, 'taken_over', o.submission_id, o.id, a, o.text,
                jsonb_build_object('phrase', 'taken_from', 'person', o.holder));
        END IF;
        UPDATE crier.outbox SET state = 'sending', attempt_id = gen_random_uuid(), attempts = attempts + 1,
            holder = session_user, holder_pid = pg_backend_pid(), idempotency = o.idempotency, error = ''
        WHERE id = o.id RETURNING * INTO o;
        UPDATE crier.submissions SET state = 'sending', updated_at = now() WHERE id = o.submission_id;
        PERFORM crier.audit_said(o.team_id, 'sending', o.submission_id, o.id, a, o.text,
            jsonb_build_object('phrase', 'attempt', 'attempt', o.attempts, 'person', session_user));
        RETURN NEXT o;
        RETURN;
    END LOOP;
END $$;

-- t0008
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
    PERFORM crier.audit_said(o.team_id, 'sent', o.submission_id, o.id, o.account_id, o.text,
        jsonb_build_object('phrase', 'sent_as', 'ids', p_remote_ids));
END $$;

-- t0008's crier.failed, which both forms now call: the entry keeps the error's marked form, if given.
CREATE FUNCTION crier.record_failure(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                                     p_retry_at timestamptz, p_idempotency jsonb, p_message_text jsonb)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
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
        ELSE 'send_failed' END, o.submission_id, o.id, o.account_id, o.text, p_message,
        CASE WHEN p_message_text IS NOT NULL THEN jsonb_build_object('phrase', 'error', 'error', p_message_text) END);
    RETURN to_state;
END $$;

CREATE OR REPLACE FUNCTION crier.failed(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                             p_retry_at timestamptz, p_idempotency jsonb) RETURNS text
LANGUAGE sql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    SELECT crier.record_failure(p_id, p_attempt, p_kind, p_message, p_retry_at, p_idempotency, NULL)
$$;

-- t0005
CREATE OR REPLACE FUNCTION crier.failed(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                             p_retry_at timestamptz, p_idempotency jsonb, p_message_text jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE to_state text := crier.record_failure(p_id, p_attempt, p_kind, p_message, p_retry_at, p_idempotency,
                                              p_message_text);
BEGIN
    -- (crier.record_failure refused unless this attempt owned the post: only its owner gets here)
    UPDATE crier.outbox SET error_text = p_message_text WHERE id = p_id;
    RETURN to_state;
END $$;
"""

ADMIN = r"""
-- t0006
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
    PERFORM crier.audit_said(me.team_id, 'person_added', NULL, NULL, NULL, NULL,
        jsonb_build_object('phrase', 'person_role', 'name', p_name, 'role', p_role));
END $$;

-- t0001
CREATE OR REPLACE FUNCTION crier.set_policy(p_setting text, p_value text)
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
    PERFORM crier.audit_said(me.team_id, 'policy_changed', NULL, NULL, NULL, NULL,
        jsonb_build_object('phrase', 'setting', 'setting', p_setting, 'value', p_value));
END $$;

-- t0001
CREATE OR REPLACE FUNCTION crier.set_account_approval(p_account integer, p_needs_approval boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE me crier.people := crier.require_admin();
BEGIN
    UPDATE crier.accounts SET needs_approval = p_needs_approval WHERE id = p_account AND team_id = me.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no account % in your team', p_account USING ERRCODE = 'P0002';
    END IF;
    PERFORM crier.audit_said(me.team_id, 'policy_changed', NULL, NULL, p_account, NULL,
        jsonb_build_object('phrase', 'setting', 'setting', 'needs_approval', 'value', p_needs_approval::text));
END $$;

-- t0001
CREATE OR REPLACE FUNCTION crier.purge_expired() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
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
        PERFORM crier.audit_said(t.id, 'purged', NULL, NULL, NULL, NULL,
            jsonb_build_object('phrase', 'purged', 'count', n));
    END IF;
    RETURN n;
END $$;

-- t0008
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
        PERFORM crier.audit_said(me.team_id, 'account_added', NULL, NULL, a_id, NULL,
            jsonb_build_object('phrase', 'account', 'network', p_network, 'handle', p_handle));
    END IF;
    IF me.role IN ('approver', 'admin') THEN
        PERFORM crier.set_holder(a_id, me.name, true, me, true);
    END IF;
    RETURN a_id;
END $$;

-- t0008
CREATE OR REPLACE FUNCTION crier.set_holder(p_account integer, p_person text, p_holds boolean, me crier.people,
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
        PERFORM crier.audit_said(me.team_id, CASE WHEN p_holds THEN 'holder_added' ELSE 'holder_removed' END,
            NULL, NULL, p_account, NULL, jsonb_build_object('phrase', 'person', 'person', p_person));
    END IF;
    RETURN changed > 0;
END $$;
"""

# New functions are executable by PUBLIC until told otherwise: these are for the functions above only.
GRANTS = r"""
REVOKE ALL ON FUNCTION crier.said(jsonb),
    crier.audit(integer, text, bigint, bigint, integer, text, text, jsonb),
    crier.audit_said(integer, text, bigint, bigint, integer, text, jsonb),
    crier.record_failure(bigint, uuid, text, text, timestamptz, jsonb, jsonb) FROM PUBLIC;
"""


def upgrade() -> None:
    run_scripts(SAID, REVIEW, SENDING, ADMIN, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
