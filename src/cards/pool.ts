/**
 * A pool of render workers (src/cards/worker.ts), up to one per core but the
 * one Astro renders the pages on (its main thread, busy until the last page):
 * cards render side by side, and beside the pages. Another worker on that core
 * would only take turns with the pages, and each holds its own fonts and glyph
 * masks. A worker costs about as much to start as a hundred cards to draw, so
 * one starts on first use (or warmed up) and another only while many cards wait
 * for each running one. Workers never keep the process alive once the queue is empty.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Card } from './card.ts';
import type { RenderRequest, RenderResponse, WorkerOptions } from './worker.ts';

/** Cards waiting per running worker beyond which another worker starts (if the pool has room). */
const BACKLOG_PER_WORKER = 100;

export interface RenderPool {
  /** Starts a worker now and has it draw a sample card, so the first real cards do not wait for start-up. */
  warmUp(): void;
  /** The card's PNG, rendered on the next free worker. */
  render(card: Card): Promise<Uint8Array<ArrayBuffer>>;
  /** Stops every worker; renders still queued are rejected. */
  close(): Promise<void>;
}

interface Job {
  readonly card: Card;
  readonly resolve: (png: Uint8Array<ArrayBuffer>) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** The job this worker renders, by request id. */
  running: { readonly id: number; readonly job: Job } | undefined;
}

/** A pool of `size` workers running `workerFile` (the path of src/cards/worker.ts). */
export function createRenderPool(workerFile: string, size = Math.max(1, availableParallelism() - 1)): RenderPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const failed = (card: Card, reason: string) => new Error(`Could not render the preview image "${card.title}": ${reason}`);

  const start = (warmUp: boolean): Slot => {
    const slot: Slot = { worker: new Worker(workerFile, { workerData: { warmUp } satisfies WorkerOptions }), running: undefined };
    slot.worker.on('message', (response: RenderResponse) => {
      const running = slot.running;
      if (running === undefined || running.id !== response.id) return;
      slot.running = undefined;
      if ('png' in response) running.job.resolve(response.png);
      else running.job.reject(failed(running.job.card, response.error));
      dispatch();
    });
    // A worker that dies (a crash in the native renderer) fails its card and is replaced on the next dispatch.
    const retire = (reason: string) => {
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      slot.running?.job.reject(failed(slot.running.job.card, reason));
      slot.running = undefined;
      if (!closed) dispatch();
    };
    slot.worker.on('error', (error) => retire(error.stack ?? error.message));
    slot.worker.on('exit', (code) => retire(`the render worker stopped (exit code ${code})`));
    slots.push(slot);
    return slot;
  };

  function dispatch(): void {
    while (queue.length > 0) {
      const busy = slots.length > 0 && queue.length <= BACKLOG_PER_WORKER * slots.length;
      const slot = slots.find((candidate) => candidate.running === undefined) ?? (slots.length < size && !busy ? start(false) : undefined);
      if (slot === undefined) break;
      const job = queue.shift()!;
      const id = nextId++;
      slot.running = { id, job };
      slot.worker.ref();
      slot.worker.postMessage({ id, card: job.card } satisfies RenderRequest);
    }
    // Idle workers must not hold the build open once it is done.
    for (const slot of slots) if (slot.running === undefined) slot.worker.unref();
  }

  return {
    warmUp() {
      if (!closed && slots.length === 0) start(true).worker.unref();
    },
    render(card) {
      if (closed) return Promise.reject(failed(card, 'the render pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ card, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(failed(job.card, 'the render pool was closed'));
      const stopping = slots.splice(0);
      for (const slot of stopping) slot.running?.job.reject(failed(slot.running.job.card, 'the render pool was closed'));
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}

const SHARED_POOL = Symbol.for('vita.cards.renderPool');
type WithSharedPool = typeof globalThis & { [SHARED_POOL]?: RenderPool | undefined };

/**
 * The pool the vita:card-images integration starts when the build starts, so
 * its workers load while Vite bundles the pages. The integration (loaded with
 * astro.config.ts) and the page bundle are separate module graphs in one
 * process; globalThis is what they share.
 */
export const sharedRenderPool = (): RenderPool | undefined => (globalThis as WithSharedPool)[SHARED_POOL];

export function shareRenderPool(pool: RenderPool | undefined): void {
  (globalThis as WithSharedPool)[SHARED_POOL] = pool;
}
