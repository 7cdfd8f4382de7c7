import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { transferOf } from '../../electron/core/offload';

describe("a file answer's bytes cross a port moved, not copied", () => {
  it('moves a buffer the bytes fill wholly, and the receiver gets them intact', async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024).fill(7);
    const result = { ok: true as const, value: { name: 'ทะเบียน.xlsx', bytes } };
    expect(transferOf(result)).toEqual([bytes.buffer]);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<typeof result>((resolve) => port2.once('message', resolve));
    port1.postMessage(result, transferOf(result));
    const got = await received;
    port1.close();
    expect(bytes.byteLength).toBe(0);
    expect([got.value.name, got.value.bytes.byteLength, got.value.bytes[123]]).toEqual(['ทะเบียน.xlsx', 4 * 1024 * 1024, 7]);
  });

  it('copies what it cannot move safely: bytes sharing a buffer (Node pools small Buffers), errors, answers without bytes', () => {
    expect(transferOf({ ok: true, value: { name: 'a.pdf', bytes: Buffer.from('%PDF') } })).toEqual([]);
    const big = new Uint8Array(100);
    expect(transferOf({ ok: true, value: { name: 'a.pdf', bytes: big.subarray(10) } })).toEqual([]);
    expect(transferOf({ ok: false, error: { code: 'INTERNAL', message: 'x' } })).toEqual([]);
    expect(transferOf({ ok: true, value: null })).toEqual([]);
    expect(transferOf({ ok: true, value: { id: 1 } })).toEqual([]);
  });
});
