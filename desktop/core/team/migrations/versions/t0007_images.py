# ruff: noqa: E501  (SQL text, laid out for reading)
"""Images in the team: ``crier.attachments`` holds each submission's images (bytes, type, alt text, and a
SHA-256 the database computes itself), so an approver reviews the images that will go out, and the PC that
publishes uploads exactly those.

A submission's images arrive with it, in the same call (``submit_with_images``, ``submit_pair_with_images``,
``post_direct_with_images``): no member can add, change or remove an image afterwards, so nothing can slip
in between an approver reading a submission and approving it. The table checks what the local store checks
(``desktop/core/store.py``: PNG, JPEG, GIF or WebP by their first bytes, at most 20 MB, at most 4) and that
every image has alt text; a trigger refuses any change to the images of a submission that is no longer in
review (approved, queued, sending, sent, needs attention, cancelled) whoever asks, the owner too, and any
UPDATE at all.

Revision ID: t0007
Revises: t0006
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0007"
down_revision = "t0006"
branch_labels = None
depends_on = None

TABLES = r"""
-- The image type from its first bytes (store.image_type's signatures), or NULL.
CREATE FUNCTION crier.image_type(p_content bytea) RETURNS text LANGUAGE sql IMMUTABLE
SET search_path = crier, pg_temp AS $$
    SELECT CASE
        WHEN substring(p_content FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN 'image/png'
        WHEN substring(p_content FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg'
        WHEN substring(p_content FROM 1 FOR 6) IN ('GIF87a'::bytea, 'GIF89a'::bytea) THEN 'image/gif'
        WHEN substring(p_content FROM 1 FOR 4) = 'RIFF'::bytea
             AND substring(p_content FROM 9 FOR 4) = 'WEBP'::bytea THEN 'image/webp'
    END
$$;

CREATE TABLE crier.attachments (
    submission_id bigint NOT NULL REFERENCES crier.submissions ON DELETE CASCADE,
    team_id integer NOT NULL REFERENCES crier.teams,
    position smallint NOT NULL CHECK (position BETWEEN 0 AND 3),
    name text NOT NULL DEFAULT '' CHECK (length(name) <= 255),
    media_type text NOT NULL,
    alt_text text NOT NULL CHECK (btrim(alt_text) <> '' AND length(alt_text) <= 5000),
    content bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 20000000),
    sha256 bytea GENERATED ALWAYS AS (sha256(content)) STORED,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT attachments_type CHECK (media_type = crier.image_type(content))
);
ALTER TABLE crier.attachments ALTER COLUMN content SET STORAGE EXTERNAL;  -- images don't compress

-- An approved post's images are the ones approved: rows change only while their submission is in review
-- (deleting the submission itself takes its images with it), and a row is never rewritten.
CREATE FUNCTION crier.attachments_frozen() RETURNS trigger LANGUAGE plpgsql
SET search_path = crier, pg_temp AS $$
DECLARE state text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'permission denied: an image of a submission is never changed, only replaced with the submission'
            USING ERRCODE = '42501';
    END IF;
    SELECT s.state INTO state FROM crier.submissions s
        WHERE s.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.submission_id ELSE NEW.submission_id END;
    IF FOUND AND state NOT IN ('submitted', 'resubmitted', 'changes_requested') THEN
        RAISE EXCEPTION 'permission denied: submission % is %, so its images can no longer be changed',
            CASE WHEN TG_OP = 'DELETE' THEN OLD.submission_id ELSE NEW.submission_id END, replace(state, '_', ' ')
            USING ERRCODE = '42501';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER attachments_frozen BEFORE INSERT OR UPDATE OR DELETE ON crier.attachments
    FOR EACH ROW EXECUTE FUNCTION crier.attachments_frozen();
CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON crier.attachments
    FOR EACH STATEMENT EXECUTE FUNCTION crier.append_only();
"""

FUNCTIONS = r"""
-- Submission S_ID's images: P_IMAGES is a JSON array of {"media_type", "alt_text", "name"} in order,
-- P_CONTENTS their bytes. For the functions below only.
CREATE FUNCTION crier.put_images(s_id bigint, p_images jsonb, p_contents bytea[]) RETURNS void
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
        PERFORM crier.audit(s.team_id, 'images_attached', s.id, NULL, s.account_id, s.text,
            (SELECT string_agg(format('image %s: %s', a.position + 1, a.alt_text), '; ' ORDER BY a.position)
             FROM crier.attachments a WHERE a.submission_id = s.id));
    END IF;
END $$;

CREATE FUNCTION crier.submit_with_images(p_uid uuid, p_account integer, p_text text, p_language text,
                                         p_scheduled timestamptz, p_images jsonb, p_contents bytea[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE s_id bigint := crier.seen(p_uid);
BEGIN
    IF s_id IS NOT NULL THEN RETURN s_id; END IF;
    s_id := crier.submit(p_uid, p_account, p_text, p_language, p_scheduled);
    PERFORM crier.put_images(s_id, p_images, p_contents);
    RETURN s_id;
END $$;

-- Both halves of a pair carry the same images (one description each, as the draft has).
CREATE FUNCTION crier.submit_pair_with_images(p_uid uuid, p_welsh integer, p_welsh_text text, p_english integer,
                                              p_english_text text, p_scheduled timestamptz, p_images jsonb,
                                              p_contents bytea[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE w_id bigint := crier.seen(p_uid); e_id bigint;
BEGIN
    IF w_id IS NOT NULL THEN RETURN w_id; END IF;
    w_id := crier.submit_pair(p_uid, p_welsh, p_welsh_text, p_english, p_english_text, p_scheduled);
    SELECT p.id INTO e_id FROM crier.submissions s JOIN crier.submissions p ON p.pair_id = s.pair_id
        AND p.id <> s.id WHERE s.id = w_id;
    PERFORM crier.put_images(w_id, p_images, p_contents);
    PERFORM crier.put_images(e_id, p_images, p_contents);
    RETURN w_id;
END $$;

-- post_direct's rule (as t0006 left it), with the images in place before the post is approved and queued.
CREATE FUNCTION crier.post_direct_with_images(p_uid uuid, p_account integer, p_text text, p_reason text,
                                              p_language text, p_scheduled timestamptz, p_images jsonb,
                                              p_contents bytea[])
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
    VALUES (p_uid, me.team_id, p_account, me.name, p_text, coalesce(p_language, 'en'), p_scheduled, 'submitted')
    RETURNING id INTO s_id;
    INSERT INTO crier.revisions (submission_id, team_id, version, text, editor)
    VALUES (s_id, me.team_id, 1, p_text, me.name);
    PERFORM crier.put_images(s_id, p_images, p_contents);
    UPDATE crier.submissions SET state = 'approved' WHERE id = s_id RETURNING * INTO s;
    PERFORM crier.audit(me.team_id, 'posted_without_approval', s.id, NULL, p_account, p_text, p_reason);
    PERFORM crier.enqueue(s);
    RETURN crier.done(p_uid, me.team_id, 'post_direct', s.id);
END $$;
"""

# New functions and tables are PUBLIC's until told otherwise: members read their team's images and call the
# three ways in; put_images, the trigger and the type test are for the functions only.
GRANTS = r"""
DO $$
DECLARE member text := crier.member_role();
BEGIN
    REVOKE ALL ON crier.attachments FROM PUBLIC;
    EXECUTE format('GRANT SELECT ON crier.attachments TO %I', member);
    ALTER TABLE crier.attachments ENABLE ROW LEVEL SECURITY;
    CREATE POLICY same_team ON crier.attachments FOR SELECT USING (team_id = crier.my_team());
    REVOKE ALL ON FUNCTION crier.image_type(bytea), crier.attachments_frozen(),
        crier.put_images(bigint, jsonb, bytea[]),
        crier.submit_with_images(uuid, integer, text, text, timestamptz, jsonb, bytea[]),
        crier.submit_pair_with_images(uuid, integer, text, integer, text, timestamptz, jsonb, bytea[]),
        crier.post_direct_with_images(uuid, integer, text, text, text, timestamptz, jsonb, bytea[]) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.submit_with_images(uuid, integer, text, text, timestamptz, jsonb, bytea[]) TO %I', member);
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.submit_pair_with_images(uuid, integer, text, integer, text, timestamptz, jsonb, bytea[]) TO %I', member);
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.post_direct_with_images(uuid, integer, text, text, text, timestamptz, jsonb, bytea[]) TO %I', member);
END $$;
"""


def upgrade() -> None:
    run_scripts(TABLES, FUNCTIONS, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
