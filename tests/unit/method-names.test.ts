import { describe, expect, it } from 'vitest';
import { api } from '@shared/api';

/**
 * The contract and the core are each joined from per-feature maps by object spread
 * (`shared/api/index.ts`, `createCore`), where a name defined twice would silently take the later
 * map's entry (docs/ARCHITECTURE.md rule 1). Every feature map is found by export name (`…Api` in
 * shared/api, `…Handlers` in a feature folder of the core),
 * so a new feature is checked without being listed here.
 */
const contractModules = import.meta.glob<Record<string, unknown>>('../../shared/api/*.ts', { eager: true });
const handlerModules = import.meta.glob<Record<string, unknown>>('../../electron/core/*/*.ts', { eager: true });

function featureMaps(modules: Record<string, Record<string, unknown>>, suffix: string): { name: string; methods: string[] }[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter(([name, value]) => name.endsWith(suffix) && typeof value === 'object' && value !== null)
      .map(([name, value]) => ({ name: `${file.replace(/^(\.\.\/)+/, '')} ${name}`, methods: Object.keys(value as object) })),
  );
}

function definedTwice(maps: { name: string; methods: string[] }[]): string[] {
  const owners = new Map<string, string[]>();
  for (const m of maps) for (const method of m.methods) owners.set(method, [...(owners.get(method) ?? []), m.name]);
  return [...owners].filter(([, by]) => by.length > 1).map(([method, by]) => `${method}: ${by.join(', ')}`);
}

describe('each method name is defined once', () => {
  const contracts = featureMaps(contractModules, 'Api');
  const handlers = featureMaps(handlerModules, 'Handlers');

  it('finds the feature maps', () => {
    expect(contracts.length).toBeGreaterThanOrEqual(10);
    expect(handlers.length).toBeGreaterThanOrEqual(10);
  });

  it('in the contract: no two feature maps share a method, and the joined contract has them all', () => {
    expect(definedTwice(contracts)).toEqual([]);
    expect(contracts.flatMap((m) => m.methods).sort()).toEqual(Object.keys(api).sort());
  });

  it('in the core: no two handler maps share a method, and every method has its one handler', () => {
    expect(definedTwice(handlers)).toEqual([]);
    expect(handlers.flatMap((m) => m.methods).sort()).toEqual(Object.keys(api).sort());
  });

  it('reports a name defined in two maps', () => {
    expect(definedTwice([{ name: 'a', methods: ['x-get', 'y-get'] }, { name: 'b', methods: ['x-get'] }])).toEqual(['x-get: a, b']);
  });
});
