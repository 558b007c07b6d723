# ruff: noqa: E501  (SQL text, laid out for reading)
"""A team post's last error kept translatable: ``crier.outbox.error_text`` holds the message's catalogue
context, English source and values (``desktop/core/stored_text.py``) beside the English ``error``.

A Welsh PC then shows an error that an English PC's sync recorded (or one written at night) in Welsh, and
the English one in English; ``error`` stays the English sentence for psql, the audit log and Crier
versions that don't know the new column. ``crier.failed`` gains a form that records both; ``pair_hold``
also answers with the partner's ``error_text``. A claim clears ``error`` and leaves ``error_text``: a
reader uses ``error_text`` only while it still reads as ``error`` (``team.pairs.team_error``).

Revision ID: t0005
Revises: t0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from desktop.core.team.schema import run_scripts

revision = "t0005"
down_revision = "t0004"
branch_labels = None
depends_on = None

ERROR_TEXT = r"""
ALTER TABLE crier.outbox ADD COLUMN error_text jsonb;

CREATE FUNCTION crier.failed(p_id bigint, p_attempt uuid, p_kind text, p_message text,
                             p_retry_at timestamptz, p_idempotency jsonb, p_message_text jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crier, pg_temp AS $$
DECLARE to_state text := crier.failed(p_id, p_attempt, p_kind, p_message, p_retry_at, p_idempotency);
BEGIN
    -- (crier.failed refused unless this attempt owned the post: only its owner gets here)
    UPDATE crier.outbox SET error_text = p_message_text WHERE id = p_id;
    RETURN to_state;
END $$;

CREATE OR REPLACE FUNCTION crier.pair_hold(p_id bigint) RETURNS jsonb LANGUAGE sql STABLE
SET search_path = crier, pg_temp AS $$
    SELECT CASE WHEN h.wait IS NULL THEN NULL ELSE jsonb_build_object('wait', h.wait, 'partner', h.id,
        'account', h.handle, 'welsh', h.welsh, 'error', coalesce(h.error, ''), 'error_text', h.error_text) END
    FROM (
        SELECT CASE
            WHEN p.state IN ('submitted', 'resubmitted', 'changes_requested') THEN 'in_review'
            WHEN s.pair_index = 0 OR p.state = 'sent' THEN NULL
            WHEN p.state = 'needs_attention' THEN 'needs_attention'
            WHEN p.state = 'cancelled' THEN 'cancelled'
            ELSE 'welsh_first' END AS wait,
            p.id, a.handle, p.pair_index = 0 AS welsh, last.error, last.error_text
        FROM crier.submissions s JOIN crier.submissions p ON p.pair_id = s.pair_id AND p.id <> s.id
            JOIN crier.accounts a ON a.id = p.account_id
            LEFT JOIN LATERAL (SELECT o.error, o.error_text FROM crier.outbox o WHERE o.submission_id = p.id
                ORDER BY o.id DESC LIMIT 1) last ON true
        WHERE s.id = p_id  -- one still in review (or finished) waits for nothing but itself
            AND s.state NOT IN ('submitted', 'resubmitted', 'changes_requested', 'sent', 'cancelled')
    ) h
$$;
"""

# New functions are executable by PUBLIC until told otherwise: members get the one they call.
GRANTS = r"""
DO $$
DECLARE member text := crier.member_role();
BEGIN
    REVOKE ALL ON FUNCTION crier.failed(bigint, uuid, text, text, timestamptz, jsonb, jsonb) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION crier.failed(bigint, uuid, text, text, timestamptz, jsonb, jsonb) TO %I', member);
END $$;
"""


def upgrade() -> None:
    run_scripts(ERROR_TEXT, GRANTS)


def downgrade() -> None:
    raise RuntimeError("Crier never downgrades a database: restore a backup instead")
