import type { MethodName, Output, ParsedInput } from '@shared/api';
import type { AuditEntry } from './audit';
import type { CoreContext, Handler } from './context';

/**
 * What a write gives back: the audit entries of what it changed, and the caller's answer, either
 * as a value or as `reply`, read once the entries are written (a detail that shows its own audit
 * trail).
 */
export type Written<T> = {
  /** In the order they happened; none when nothing worth recording changed. */
  audit?: AuditEntry | (AuditEntry | null)[] | null;
} & ({ result: T } | { reply(): T });

/**
 * A method that changes the register, declared as such where its handler is registered (as
 * Actual's `mutator(undoable(fn))`): `fn` runs in one transaction with the audit entries it
 * returns (docs/ARCHITECTURE.md rule 3), so a change is never kept without its entry, nor an entry
 * without its change, and a failure part-way leaves the register as it was.
 */
export function write<M extends MethodName>(fn: (input: ParsedInput<M>, ctx: CoreContext) => Written<Output<M>>): Handler<M> {
  return (input, ctx) =>
    ctx.db.transaction(() => {
      const written = fn(input, ctx);
      for (const entry of [written.audit ?? []].flat()) if (entry) ctx.audit(entry);
      return 'reply' in written ? written.reply() : written.result;
    })();
}
