import type { Content } from 'pdfmake/interfaces';

type Node = Content | Content[] | string | number | boolean | null | undefined | Record<string, unknown>;

/** Content keys whose values are content themselves. */
const NESTED = ['stack', 'columns', 'ul', 'ol'] as const;

/**
 * Applies `fn` to every piece of text in a pdfmake content tree (returns a copy; images and other
 * values are left alone), and `onNode`, when given, to the copy of every content object.
 */
export function mapText<T extends Node>(node: T, fn: (text: string) => string, onNode?: (node: Record<string, unknown>) => void): T {
  if (typeof node === 'string') return fn(node) as T;
  if (Array.isArray(node)) return node.map((n) => mapText(n as Node, fn, onNode)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  if ('text' in out) out.text = mapText(out.text as Node, fn, onNode);
  for (const key of NESTED) if (key in out) out[key] = mapText(out[key] as Node, fn, onNode);
  const table = out.table as { body?: Node[][] } | undefined;
  if (table?.body) out.table = { ...table, body: table.body.map((row) => row.map((cell) => mapText(cell, fn, onNode))) };
  onNode?.(out);
  return out as T;
}
