// Which Electronegativity findings SECURITY.md accepts: a finding is accepted only by its check ID
// together with the built file it is in, each listed in a row of SECURITY.md's table of accepted
// findings. A new finding (a new check, or a known check in another file) is not accepted.

const ROW = /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|/;
const HEADING = '### Accepted findings';

/** `[{ check, file }]` from the table under "### Accepted findings" in SECURITY.md's text. */
export function acceptedFindings(markdown) {
  const start = markdown.indexOf(HEADING);
  if (start < 0) return [];
  const rows = [];
  for (const line of markdown.slice(start + HEADING.length).split('\n')) {
    if (/^#{1,3} /.test(line)) break;
    const m = ROW.exec(line.trim());
    if (m) rows.push({ check: m[1], file: m[2] });
  }
  return rows;
}

/** The findings (`{ check, file }`, file relative to out/) that no accepted row names. */
export function unacceptedFindings(findings, accepted) {
  const key = (f) => `${f.check} ${f.file.replaceAll('\\', '/')}`;
  const ok = new Set(accepted.map(key));
  return findings.filter((f) => !ok.has(key(f)));
}
