import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('the lint rule keeps the layers apart', () => {
  it('refuses the database, Node and electron in the renderer', async () => {
    expect(await restrictedImports('renderer/src/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { createCore } from '../../electron/core';\nexport const x = createCore;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { api } from '@shared/api';\nexport const x = api;\n")).toBe(0);
  });

  it('refuses electron in the core', async () => {
    expect(await restrictedImports('electron/core/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('electron/core/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toBe(0);
  });

  it('lets a transport reach the core only through its entry for transports, and never the other transport', async () => {
    for (const file of ['electron/main/probe.ts', 'electron/web/probe.ts']) {
      expect(await restrictedImports(file, "import { openOrRecover } from '../core/startup';\nexport const x = openOrRecover;\n")).toBe(1);
      expect(await restrictedImports(file, "import { finishInterruptedRestore } from '../core/backup/recovery';\nexport const x = finishInterruptedRestore;\n")).toBe(1);
      expect(await restrictedImports(file, "import type { Db } from '../../electron/core/db/open';\nexport type X = Db;\n")).toBe(1);
      expect(await restrictedImports(file, "import { connectCore, type RemoteCore } from '../core/entry';\nimport { api } from '@shared/api';\nexport const x: [typeof connectCore, RemoteCore | null, typeof api] = [connectCore, null, api];\n")).toBe(0);
      // The composition root would load the whole core (database, PDF, spreadsheets) into the transport's process.
      expect(await restrictedImports(file, "import { connectCore } from '../core';\nexport const x = connectCore;\n")).toBe(1);
      expect(await restrictedImports(file, "import { createCore } from '../core/index';\nexport const x = createCore;\n")).toBe(1);
      expect(await restrictedImports(file, "import { resolveStatic } from '../common/static';\nexport const x = resolveStatic;\n")).toBe(0);
    }
    expect(await restrictedImports('electron/main/probe.ts', "import { resolveStatic } from '../web/static';\nexport const x = resolveStatic;\n")).toBe(1);
    expect(await restrictedImports('electron/web/probe.ts', "import { registerIpc } from '../main/ipc';\nexport const x = registerIpc;\n")).toBe(1);
    expect(await restrictedImports('electron/common/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
  });

  it('keeps shared free of everything but zod and itself', async () => {
    expect(await restrictedImports('shared/probe.ts', "import { z } from 'zod';\nimport { bahtText } from './thai/baht';\nexport const x = [z, bahtText];\n")).toBe(0);
    expect(await restrictedImports('shared/api/probe.ts', "import { createCore } from '../../electron/core';\nexport const x = createCore;\n")).toBe(1);
    expect(await restrictedImports('shared/probe.ts', "import React from 'react';\nexport const x = React;\n")).toBe(1);
  });
});
