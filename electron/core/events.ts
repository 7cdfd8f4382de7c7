import type { ApiEvents, EventName } from '@shared/api';
import { AppFailure } from '@shared/errors';

export type EventListener = <E extends EventName>(name: E, payload: ApiEvents[E]) => void;

/** Fan-out of push events to whichever transports are listening. */
export class EventHub {
  private listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners) l(name, payload);
  }
}

/** A long job: reports progress and notices cancellation between its steps. */
export interface Job {
  readonly id: string;
  progress(done: number, total: number, stage: string): void;
  /** Throws CANCELLED once the user has asked the job to stop. */
  throwIfCancelled(): void;
  readonly signal: AbortSignal;
}

export class JobRegistry {
  private running = new Map<string, AbortController>();

  constructor(private events: EventHub) {}

  /** Runs `work` as job `id`; the id is chosen by the caller so it can cancel before the answer. */
  async run<T>(id: string, work: (job: Job) => Promise<T> | T): Promise<T> {
    const controller = new AbortController();
    this.running.set(id, controller);
    const job: Job = {
      id,
      signal: controller.signal,
      progress: (done, total, stage) => this.events.emit('job-progress', { job: id, done, total, stage }),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppFailure('CANCELLED', 'ยกเลิกงานแล้ว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง');
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(id);
    }
  }

  cancel(id: string): boolean {
    const c = this.running.get(id);
    c?.abort();
    return !!c;
  }
}
