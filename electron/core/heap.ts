/**
 * The V8 heap the core runs with, in the desktop app's utility process and browser mode's worker
 * alike. Left to itself V8 sizes a process for a 4 GB heap: its young generation grows to 128 MB
 * and the old one to about three times what is live before it collects, so a 48,000-person import
 * peaked at 500 MB although about 200 MB was ever in use. A 16 MB semi-space and a 1 GB old
 * generation make V8 collect sooner (its growing factor shrinks with the limit); 1 GB is still
 * several times what the heaviest call (an export of 100,000 volunteers) needs. The heaviest
 * import, 50,000 rows of an .xlsx previewed and committed over a register that already holds every
 * one of them (each compared with the register), peaks at about 340 MB of heap in use and 600 MB
 * of RSS under these limits: far from the 1 GB, so the limit is a ceiling, not a squeeze.
 */
const SEMI_SPACE_MB = 16;
const OLD_SPACE_MB = 1024;

/** For a process (Electron's utility process, a benchmark's child): V8 flags. */
export const CORE_EXEC_ARGV = [`--max-semi-space-size=${SEMI_SPACE_MB}`, `--max-old-space-size=${OLD_SPACE_MB}`];

/** For a worker thread: the same limits (V8's young generation is three semi-spaces). */
export const CORE_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB, maxOldGenerationSizeMb: OLD_SPACE_MB };
