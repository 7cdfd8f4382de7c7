import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Input, MethodName, Output } from '@shared/api';
import { createCore, type Core, type CoreOptions } from '../../electron/core';

/** The repository's resources folder, as the app ships it. */
export const RESOURCES_DIR = path.resolve('resources');

/** A fresh data folder in the system temp dir, removed after the test. */
export function tempDir(prefix = 'asa-desk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore extends Core {
  dataDir: string;
  /** Calls a method and returns its value, failing the test on an AppError. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** A real core on a real SQLite file in a temp folder. */
export function testCore(options: Partial<CoreOptions> = {}): TestCore {
  const dataDir = options.dataDir ?? tempDir();
  const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {}, ...options });
  afterEach(() => core.close());
  return {
    ...core,
    dataDir,
    async call(method, input) {
      const r = await core.dispatch(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
  };
}
