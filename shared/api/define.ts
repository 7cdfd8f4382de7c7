import type { z } from 'zod';

/** One method of the contract: its zod input schema and (as a phantom type) its output. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never set at run time; carries the output type. */
  readonly _output?: O;
}

/** `method<Output>()(inputSchema)`: the output type is given, the input type follows the schema. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

/** A file crossing the transport (docs/ARCHITECTURE.md rule 5). */
export interface FilePayload {
  name: string;
  bytes: Uint8Array;
}

/** Progress of long work (docs/ARCHITECTURE.md rule 6). */
export interface ProgressEvent {
  job: string;
  done: number;
  total: number;
  /** Thai, shown under the progress bar. */
  stage: string;
}

/** Push events from the core to the renderer, typed like methods. */
export interface ApiEvents {
  'job-progress': ProgressEvent;
}
export type EventName = keyof ApiEvents;
