import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = 'docs/ARCHITECTURE.md';
/** Where code lives; build output and dependencies are not the project's words. */
const SOURCE_DIRS = ['shared', 'electron', 'renderer', 'tests', 'scripts', '.github', '.ci'];
const SKIP = new Set(['node_modules', 'out', 'dist', 'test-results']);
const TEXT = /\.(ts|tsx|mts|mjs|cjs|js|yml|yaml|json)$|^run$/;

function* files(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.test(entry.name)) yield full;
  }
}

/** The numbers of the rules in the document's "Rules" section: lines such as `3. **The database.** …`. */
function ruleNumbers(): Set<number> {
  const doc = fs.readFileSync(path.join(ROOT, DOC), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Rules'));
  return new Set([...(section ?? '').matchAll(/^(\d+)\. \*\*[^*]+\*\*/gm)].map((m) => Number(m[1])));
}

interface Citation {
  file: string;
  line: number;
  text: string;
  rule: number | null;
}

function citations(): Citation[] {
  const found: Citation[] = [];
  const sources = [...SOURCE_DIRS.flatMap((d) => [...files(path.join(ROOT, d))]), ...fs.readdirSync(ROOT).filter((f) => TEXT.test(f)).map((f) => path.join(ROOT, f))];
  for (const file of sources) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const m of text.matchAll(/(?:[\w./-]*\/)?ARCHITECTURE\.md(?: rule (\d+))?/g)) {
        found.push({ file: path.relative(ROOT, file), line: i + 1, text: m[0], rule: m[1] ? Number(m[1]) : null });
      }
    });
  }
  return found;
}

describe(`${DOC} and the code that cites it`, () => {
  const rules = ruleNumbers();
  const cited = citations().filter((c) => !c.file.startsWith('tests/unit/architecture-citations'));

  it('has numbered rules', () => {
    expect(rules.size).toBeGreaterThanOrEqual(9);
    expect([...rules].sort((a, b) => a - b)).toEqual(Array.from({ length: rules.size }, (_, i) => i + 1));
  });

  it('every citation names docs/ARCHITECTURE.md and a rule it has', () => {
    expect(cited.length).toBeGreaterThanOrEqual(8);
    const wrong = cited.filter((c) => !c.text.startsWith(DOC) || c.rule === null || !rules.has(c.rule));
    expect(wrong.map((c) => `${c.file}:${c.line} cites "${c.text}" (write "${DOC} rule N" with N one of ${[...rules].join(', ')})`)).toEqual([]);
  });
});
