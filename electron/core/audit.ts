import type { Db } from './db/open';
import { prepared } from './db/prepared';

export interface AuditEntry {
  entity: string;
  entityId: string | null;
  action: string;
  /** `{ field: [old, new] }` for changes, or any JSON description. */
  details: unknown;
}

export interface AuditRow extends AuditEntry {
  id: number;
  at: string;
  operator: string;
}

const INSERT_AUDIT = 'INSERT INTO audit_log (at, operator, entity, entity_id, action, details) VALUES (?, ?, ?, ?, ?, ?)';

/** Records who did what; the operator name comes from the office settings. */
export function writeAudit(db: Db, operator: string, entry: AuditEntry, at: Date): void {
  auditWriter(db, operator, at)(entry);
}

/**
 * Writes entries of one operator at one moment, such as an import's entry for each person it
 * adds: the statement, the operator and the time are looked up once rather than per entry.
 */
export function auditWriter(db: Db, operator: string, at: Date): (entry: AuditEntry) => void {
  // Prepared once per connection: an import writes one entry per person it adds.
  const insert = prepared(db, INSERT_AUDIT);
  const when = at.toISOString();
  const who = operator || 'ไม่ระบุชื่อผู้ใช้';
  return (entry) => {
    insert.run(when, who, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.details));
  };
}

export function readAudit(db: Db, entity: string, entityId: string | null): AuditRow[] {
  const rows = db
    .prepare('SELECT id, at, operator, entity, entity_id AS entityId, action, details FROM audit_log WHERE entity = ? AND entity_id IS ? ORDER BY id DESC')
    .all(entity, entityId) as (Omit<AuditRow, 'details'> & { details: string })[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }));
}

/** `{ field: [old, new] }` for the fields whose values differ. */
export function diff<T extends object>(before: T, after: T): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}
