import { spawnSync } from 'node:child_process';

/** The p-th percentile of the values (nearest rank), as every benchmark reports it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Builds the app (`npm run build`) for the benchmarks that open it, exiting with the build's output on failure. */
export function buildApp(): void {
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
