import type { ApiEvents, EventName, FilePayload } from './define';
import type { IssuingMethod } from './reports';
import type { Result } from '../errors';

/** What the renderer may ask the Electron shell, all over one IPC channel. */
export type BridgeRequest =
  | { kind: 'call'; method: string; input: unknown }
  | { kind: 'save-file'; file: FilePayload }
  /** Asks where to save (suggesting `name`), then has the core issue and make the file there. */
  | { kind: 'save-issued'; method: IssuingMethod; input: unknown; name: string }
  | { kind: 'pick-file'; accept: string[] }
  | { kind: 'show-in-folder'; path: string };

export interface BridgeAnswers {
  call: Result<unknown>;
  /** The saved path, or null when the user cancelled. */
  'save-file': Result<string | null>;
  /** Where it was saved and the numbers given, or null when the user cancelled (and nothing was given). */
  'save-issued': Result<IssuedSave | null>;
  'pick-file': Result<FilePayload | null>;
  'show-in-folder': Result<null>;
}

export interface IssuedSave {
  path: string;
  numbers: string[];
}

/** The preload's one small API, exposed as `window.asaDesk`. */
export interface AsaBridge {
  invoke<R extends BridgeRequest>(request: R): Promise<BridgeAnswers[R['kind']]>;
  onEvent(listener: <E extends EventName>(name: E, payload: ApiEvents[E]) => void): () => void;
}

export const IPC_INVOKE = 'asa:invoke';
export const IPC_EVENT = 'asa:event';
