# ruff: noqa: E501  (SQL text, laid out for reading)
"""The words every team PC reads on every refresh have a size (review 8a).

Each PC's listing reads every submission's text, every comment and every account's name, each time the
team changes (``team.client.SUBMISSIONS_SQL``). None had a limit, so one member with psql (an author
too: ``add_comment``, ``submit``, ``register_account``) could write a 200 MB comment and from then on every
team PC took 20 seconds and a gigabyte of memory for each refresh. A post is at most what Crier posts
(``posting.MAX_POST_CHARS``), a comment or note what a person writes, an account's name what a network
allows; the refusal is a sentence (SQLSTATE 22023, ``connection.REFUSALS``) in the writer's words.

Triggers rather than CHECKs, so rows already longer stay readable and their state still changes: only a
new text is measured.

Revision ID: t0011
Revises: t0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0011"
down_revision = "t0010"
branch_labels = None
depends_on = None

SIZES = r"""
-- A trigger's arguments: the column, its most characters, and what it is ("a comment or note").
CREATE FUNCTION crier.within_size() RETURNS trigger LANGUAGE plpgsql SET search_path = crier, pg_temp AS $$
BEGIN
    IF length(to_jsonb(NEW) ->> TG_ARGV[0]) > TG_ARGV[1]::integer THEN
        RAISE EXCEPTION '% can be at most % characters', TG_ARGV[2], TG_ARGV[1] USING ERRCODE = '22023';
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION crier.within_size() FROM PUBLIC;

CREATE TRIGGER submissions_text_size BEFORE INSERT OR UPDATE OF text ON crier.submissions
    FOR EACH ROW EXECUTE FUNCTION crier.within_size('text', '64000', 'a post');
CREATE TRIGGER comments_body_size BEFORE INSERT OR UPDATE OF body ON crier.comments
    FOR EACH ROW EXECUTE FUNCTION crier.within_size('body', '10000', 'a comment or note');
CREATE TRIGGER accounts_handle_size BEFORE INSERT OR UPDATE OF handle ON crier.accounts
    FOR EACH ROW EXECUTE FUNCTION crier.within_size('handle', '500', 'an account''s name');
CREATE TRIGGER accounts_display_name_size BEFORE INSERT OR UPDATE OF display_name ON crier.accounts
    FOR EACH ROW EXECUTE FUNCTION crier.within_size('display_name', '500', 'an account''s name');
"""


def upgrade() -> None:
    run_scripts(SIZES)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
