import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '@shared/errors';
import { formatThaiClock } from '@shared/thai/dates';

/**
 * One process per data folder. Two (browser mode twice, or browser mode beside the desktop app)
 * would each write to the register while the other restores a backup over it, and one's work
 * would go to a replaced file.
 *
 * The lock is a file created exclusively, holding the owner's pid, host and a random nonce, whose
 * modification time the owner refreshes (the heartbeat). Node has no portable advisory lock and a
 * Windows share-mode handle is not available from Node, so staleness is decided instead: a lock is
 * stale when its process is gone (same host) or its heartbeat is older than `STALE_MS` (a crashed
 * PC, a folder on another machine, a reused pid). So a crash never locks the office out: the next
 * start takes over at once when the pid is gone, or after two minutes otherwise.
 */
export const LOCK_FILE = 'asa-desk.lock';
const HEARTBEAT_MS = 15_000;
export const STALE_MS = 2 * 60_000;

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isStale(file: string, owner: LockOwner | null): boolean {
  let age: number;
  try {
    age = Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return true;
  }
  if (age > STALE_MS) return true;
  // A half-written lock (killed between create and write) is stale once its heartbeat would have come.
  if (!owner) return age > HEARTBEAT_MS * 2;
  return owner.host === os.hostname() && owner.pid !== process.pid && !alive(owner.pid);
}

function heldElsewhere(owner: LockOwner | null): AppFailure {
  const since = owner?.startedAt ? ` (เปิดเมื่อ ${formatThaiClock(new Date(owner.startedAt))}${owner.host && owner.host !== os.hostname() ? ` ที่เครื่อง ${owner.host}` : ''})` : '';
  return new AppFailure(
    'CONFLICT',
    `ทะเบียนในโฟลเดอร์ข้อมูลนี้เปิดอยู่ในโปรแกรม Asa Desk อีกหน้าต่างหนึ่งแล้ว${since} ` +
      'กรุณาใช้งานจากหน้าต่างที่เปิดอยู่ หรือปิดโปรแกรมนั้นก่อนแล้วเปิดใหม่ ' +
      '(เปิดสองโปรแกรมพร้อมกันจะทำให้ข้อมูลที่บันทึกสูญหายได้) หากแน่ใจว่าไม่มีโปรแกรมใดเปิดอยู่ ให้รอ 2 นาทีแล้วเปิดใหม่',
  );
}

/**
 * Takes the data folder's lock for the life of the process, or throws a Thai CONFLICT naming
 * when the other one started. A stale lock is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), nonce: crypto.randomBytes(8).toString('hex'), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw heldElsewhere(readOwner(file));
        throw e;
      }
      const owner = readOwner(file);
      if (!isStale(file, owner)) throw heldElsewhere(owner);
      fs.rmSync(file, { force: true });
    }
  }
  const ours = () => readOwner(file)?.nonce === me.nonce;
  const heartbeat = setInterval(() => {
    try {
      if (ours()) fs.utimesSync(file, new Date(), new Date());
    } catch {
      // A missed beat is harmless: the next one comes long before the lock counts as stale.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.off('exit', release);
    try {
      if (ours()) fs.rmSync(file, { force: true });
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return { release };
}
