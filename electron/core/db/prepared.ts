import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for `sql` on this connection, compiled once: list queries, the audit insert and
 * the dashboard's aggregates repeat with new parameters. Bounded, since list queries vary in shape.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) {
    if (cache.size > 200) cache.clear();
    cache.set(sql, (st = db.prepare(sql)));
  }
  return st;
}
