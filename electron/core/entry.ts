/**
 * The core's entry for a transport (electron/main, electron/web): the lint rule lets them import
 * this module and nothing else of the core (docs/ARCHITECTURE.md rule 9). It loads none of the
 * core itself (no database, no PDF or spreadsheet library): the core runs in its own process or
 * thread (out/main/core.js) and a transport only talks to it across a port, so the window's
 * process stays small and quick to start. `index.ts` (the composition root) re-exports it.
 */
export { connectCore, type CoreConnection, type Port, type RemoteCore, type RemoteOpen, type RemoteOptions } from './remote';
export { writeFileAtomic } from './files/atomic-write';
export { CORE_EXEC_ARGV, CORE_RESOURCE_LIMITS } from './heap';
