import type { Migration } from './types';

export const m0001: Migration = {
  version: 1,
  name: 'settings and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL            -- JSON
      ) STRICT;

      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,       -- ISO timestamp, UTC
        operator  TEXT NOT NULL,
        entity    TEXT NOT NULL,       -- 'settings', 'volunteer', ...
        entity_id TEXT,
        action    TEXT NOT NULL,       -- 'create', 'update', 'status', 'erase', 'export', ...
        details   TEXT NOT NULL        -- JSON: { field: [old, new] } or a description
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
    `);
  },
};
