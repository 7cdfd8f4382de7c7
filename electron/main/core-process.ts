import path from 'node:path';
import { MessageChannelMain, utilityProcess } from 'electron';
import { CORE_EXEC_ARGV, connectCore, type CoreConnection } from '../core/entry';

/** The core's entry, built beside this bundle (electron.vite.config.ts). */
const CORE_ENTRY = path.join(__dirname, 'core.js');

/**
 * Starts the core in Electron's utility process, so no long job (a register PDF, an export, a
 * backup) freezes the window: the shell forwards calls to it over a MessagePort and its progress
 * events back to the window. The utility process owns the register, its lock and its recovery.
 */
export function startCoreProcess(): { connection: CoreConnection; stop(): void } {
  const child = utilityProcess.fork(CORE_ENTRY, [], { serviceName: 'Asa Desk core', stdio: 'inherit', execArgv: CORE_EXEC_ARGV });
  const { port1, port2 } = new MessageChannelMain();
  child.postMessage('port', [port2]);
  const connection = connectCore({ post: (m) => port1.postMessage(m), listen: (l) => port1.on('message', (e) => l(e.data)) });
  port1.start();
  child.on('exit', () => connection.lost());
  return { connection, stop: () => child.kill() };
}
