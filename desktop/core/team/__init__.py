"""Team mode: many officers draft, a comms team approves, the council's accounts post each approved post
once, on a shared PostgreSQL database that enforces the rules itself (roles, row-level security,
SECURITY DEFINER functions). Local SQLite stays each PC's working copy; see docs/team.md."""
