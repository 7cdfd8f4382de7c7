// `npm run audit:electron`: Doyensec's Electronegativity over the built app (out/), as a report.
// Prints every finding and whether SECURITY.md accepts it (by check ID and file, in its table of
// accepted findings); fails on any finding it does not accept, so a new one breaks the build.
import fs from 'node:fs';
import path from 'node:path';
import Module from 'node:module';
import { acceptedFindings, unacceptedFindings } from './electron-findings.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const requireFromRoot = Module.createRequire(path.join(ROOT, 'package.json'));
const INPUT = path.join(ROOT, 'out');
const ELECTRON_VERSION = requireFromRoot('electron/package.json').version;

// Electronegativity asks the internet for translations on every run, and offline the retry of that
// request crashes the process after the scan. The report needs no network: the request fails at once.
const moduleLoad = Module._load;
Module._load = function (request, parent, ...rest) {
  if (request === 'got' && parent && parent.filename.includes('electronegativity')) return () => Promise.reject(new Error('offline'));
  return moduleLoad.call(this, request, parent, ...rest);
};
const run = requireFromRoot('@doyensec/electronegativity/dist/runner.js');

async function main() {
  if (!fs.existsSync(path.join(INPUT, 'main', 'index.js'))) {
    console.error('audit:electron: run `npm run build` first (out/main/index.js is missing)');
    process.exit(1);
  }
  const { issues, errors } = await run(
    {
      input: INPUT,
      customScan: [],
      // Needs the internet (Electron's release list); the pinned Electron is kept current by hand.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: [],
    },
    false,
  );
  const accepted = acceptedFindings(fs.readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8'));
  const findings = issues.map((i) => ({ check: i.id, file: i.file.replaceAll('\\', '/'), severity: i.severity.name, confidence: i.confidence.name, line: i.location.line }));
  const refused = new Set(unacceptedFindings(findings, accepted));
  console.log(`Electronegativity on out/ (Electron ${ELECTRON_VERSION}): ${findings.length} finding(s)`);
  if (findings.length) console.table(findings.map((f) => ({ ...f, accepted: !refused.has(f) })));
  for (const e of errors ?? []) console.log(`not parsed (skipped): ${path.relative(ROOT, e.file)}: ${e.message}`);
  if (refused.size) {
    console.error(`audit:electron: ${refused.size} finding(s) not accepted in SECURITY.md (table "Accepted findings": check ID and file):`);
    for (const f of refused) console.error(`  ${f.check} in ${f.file}:${f.line} (${f.severity})`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
