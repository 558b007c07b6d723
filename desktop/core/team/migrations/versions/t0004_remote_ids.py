# ruff: noqa: E501  (SQL text, laid out for reading)
"""A network id belongs to one team outbox post only, per account: ``crier.outbox_remote_ids``.

A "did it land?" check matches by text, so a post approved twice with the same words could be recorded
under the earlier post's id and never go out. Every id written to ``crier.outbox.remote_ids`` (through
``crier.progress`` / ``crier.finish``) is entered here by a trigger; the primary key refuses a second
owner (SQLSTATE 23505), so no PC can record it, and ``crier.remote_id_owner`` lets a PC's landing search
skip ids already owned by another post. Ids already on two posts (the defect) stay with the older only.

Revision ID: t0004
Revises: t0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0004"
down_revision = "t0003"
branch_labels = None
depends_on = None

TABLES = r"""
CREATE TABLE crier.outbox_remote_ids (
    account_id integer NOT NULL REFERENCES crier.accounts,
    remote_id text NOT NULL,
    outbox_id bigint NOT NULL REFERENCES crier.outbox ON DELETE CASCADE,
    PRIMARY KEY (account_id, remote_id)
);
INSERT INTO crier.outbox_remote_ids (account_id, remote_id, outbox_id)
    SELECT o.account_id, v, o.id FROM crier.outbox o, jsonb_array_elements_text(o.remote_ids) v
    WHERE v <> '' ORDER BY o.id
    ON CONFLICT DO NOTHING;

CREATE FUNCTION crier.own_remote_ids() RETURNS trigger LANGUAGE plpgsql
SET search_path = crier, pg_temp AS $$
BEGIN
    INSERT INTO crier.outbox_remote_ids (account_id, remote_id, outbox_id)
        SELECT NEW.account_id, v, NEW.id FROM jsonb_array_elements_text(NEW.remote_ids) v
        WHERE v <> '' AND NOT EXISTS (SELECT 1 FROM crier.outbox_remote_ids r
            WHERE r.account_id = NEW.account_id AND r.remote_id = v AND r.outbox_id = NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER outbox_remote_ids_owned AFTER INSERT OR UPDATE OF remote_ids ON crier.outbox
    FOR EACH ROW EXECUTE FUNCTION crier.own_remote_ids();

-- The team outbox post that owns REMOTE on ACCOUNT other than P_ID, or NULL (this team's only).
CREATE FUNCTION crier.remote_id_owner(p_account integer, p_remote text, p_id bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crier, pg_temp AS $$
    SELECT r.outbox_id FROM crier.outbox_remote_ids r JOIN crier.outbox o ON o.id = r.outbox_id
    WHERE r.account_id = p_account AND r.remote_id = p_remote AND r.outbox_id <> p_id
        AND o.team_id = crier.my_team()
$$;
"""

GRANTS = r"""
DO $$
DECLARE member text := crier.member_role();
BEGIN
    REVOKE ALL ON crier.outbox_remote_ids FROM PUBLIC;
    REVOKE ALL ON FUNCTION crier.own_remote_ids(), crier.remote_id_owner(integer, text, bigint) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.remote_id_owner(integer, text, bigint) TO %I', member);
END $$;
"""


def upgrade() -> None:
    run_scripts(TABLES, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
