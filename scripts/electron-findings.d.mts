export interface Finding {
  check: string;
  /** Relative to out/, with forward slashes. */
  file: string;
}
export function acceptedFindings(markdown: string): Finding[];
export function unacceptedFindings<F extends Finding>(findings: F[], accepted: Finding[]): F[];
