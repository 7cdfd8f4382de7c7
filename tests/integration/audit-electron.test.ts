import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedFindings, unacceptedFindings } from '../../scripts/electron-findings.mjs';

/** `npm run audit:electron` fails on any Electronegativity finding SECURITY.md does not accept by ID and file. */
describe('accepted Electronegativity findings (issue 13, item 13)', () => {
  const accepted = acceptedFindings(fs.readFileSync('SECURITY.md', 'utf8'));

  it('SECURITY.md accepts each reviewed finding by its check ID and built file', () => {
    expect(accepted).toEqual([
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js' },
    ]);
  });

  it('a new check, or a known check in another file, is not accepted', () => {
    const seen = [
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main\\index.js' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/core.js' },
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.js' },
    ];
    expect(unacceptedFindings(seen, accepted)).toEqual([seen[2], seen[3]]);
  });

  it('an ID named elsewhere in SECURITY.md does not accept it', () => {
    const text = 'CONTEXT_ISOLATION_JS_CHECK is discussed here.\n\n### Accepted findings\n\n| ID | File |\n| - | - |\n| `CSP_GLOBAL_CHECK` | `renderer/index.html` |\n\n## Next\n| `OPEN_EXTERNAL_JS_CHECK` | `main/index.js` |\n';
    expect(acceptedFindings(text)).toEqual([{ check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html' }]);
  });
});
