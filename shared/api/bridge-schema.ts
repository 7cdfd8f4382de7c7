import { z } from 'zod';
import type { BridgeRequest } from './bridge';
import { ISSUING_METHODS } from './reports';
import { filePayload } from './spreadsheets';

/**
 * What the shell accepts on its one IPC channel, checked before anything is done with it (a
 * separate file from `bridge.ts`, so the sandboxed preload does not carry zod).
 */
export const bridgeRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), method: z.string().max(100), input: z.unknown() }).strict(),
  z.object({ kind: z.literal('save-file'), file: filePayload }).strict(),
  z.object({ kind: z.literal('save-issued'), method: z.enum(ISSUING_METHODS), input: z.unknown(), name: z.string().min(1).max(255) }).strict(),
  z.object({ kind: z.literal('pick-file'), accept: z.array(z.string().regex(/^\.[a-z0-9]{1,10}$/i)).max(20) }).strict(),
  z.object({ kind: z.literal('show-in-folder'), path: z.string().min(1).max(4096) }).strict(),
]) satisfies z.ZodType<BridgeRequest>;
