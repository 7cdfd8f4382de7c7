import type { MethodName, Output, ParsedInput } from '@shared/api';
import { auditWriter, writeAudit, type AuditEntry } from './audit';
import type { Db } from './db/open';
import type { EventHub, JobRegistry } from './events';
import { operatorName } from './settings/service';

/** What every handler gets besides its input. */
export interface CoreContext {
  db: Db;
  dataDir: string;
  /** The shipped `resources/` folder (fonts, geography, sample data). */
  resourcesDir: string;
  version: string;
  now(): Date;
  events: EventHub;
  jobs: JobRegistry;
  /** Writes an audit entry as the operator named in the office settings. */
  audit(entry: AuditEntry): void;
  /** For many entries written at one moment (an import's one per person): all stamped with now. */
  auditMany(): (entry: AuditEntry) => void;
}

export function createContext(parts: Omit<CoreContext, 'audit' | 'auditMany'>): CoreContext {
  const ctx: CoreContext = {
    ...parts,
    // Reads ctx.db at each call: a restore replaces the connection.
    audit(entry) {
      writeAudit(ctx.db, operatorName(ctx.db), entry, ctx.now());
    },
    auditMany() {
      return auditWriter(ctx.db, operatorName(ctx.db), ctx.now());
    },
  };
  return ctx;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CoreContext) => Output<M> | Promise<Output<M>>;

/** A feature's handlers: one per method of its part of the contract. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
