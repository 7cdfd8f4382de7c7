import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A feature's handlers.ts holds its method table and nothing another module uses: what features
 * share (the office settings, a volunteer's row) is a service or repository module, so a call from
 * inside the core never skips the validation and audit a method gives (docs/ARCHITECTURE.md rule 1).
 */
const CORE = path.resolve('electron/core');
const sources = (fs.readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(CORE, f));
const importsOfHandlers = /from '[^']*\/handlers'/g;

describe('handler files hold only the method table', () => {
  it('no module but the composition root imports a handlers module', () => {
    const offenders = sources
      .filter((file) => path.relative(CORE, file) !== 'index.ts')
      .flatMap((file) => (fs.readFileSync(file, 'utf8').match(importsOfHandlers) ?? []).map((m) => `${path.relative(CORE, file)}: ${m}`));
    expect(offenders).toEqual([]);
  });

  it('a handlers.ts exports only its …Handlers map', () => {
    const extra = sources
      .filter((file) => path.basename(file) === 'handlers.ts')
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/^export\s+(?:async\s+)?(?:const|function|class|let|type|interface)\s+(\w+)/gm)].map((m) => m[1]).filter((name) => !name.endsWith('Handlers')).map((name) => `${path.relative(CORE, file)}: ${name}`));
    expect(extra).toEqual([]);
  });

  // A print's audit entry (an export of personal data) is one row written as the file is made, so
  // ctx.audit may stay in a handler; a change to the register is declared with write().
  it('a handlers.ts holds no SQL and opens no transaction by hand', () => {
    const byHand = /\.prepare\(|\.transaction\(/g;
    const offenders = sources
      .filter((file) => path.basename(file) === 'handlers.ts')
      .flatMap((file) => (fs.readFileSync(file, 'utf8').match(byHand) ?? []).map((m) => `${path.relative(CORE, file)}: ${m}`));
    expect(offenders).toEqual([]);
  });
});
