/**
 * A render worker of the card pool: loads the fonts once, then turns each card
 * it is sent into a PNG, keeping what it has drawn for the next. Runs as a worker thread, so cards render in parallel
 * on every core while the build's main thread renders pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Card } from './card.ts';
import { createCardRenderer } from './render.ts';

/** A job: the card and a number to answer under. */
export interface RenderRequest {
  readonly id: number;
  readonly card: Card;
}
/** What the pool tells a worker when it starts it. */
export interface WorkerOptions {
  /** Draw a sample card at once: loading HarfBuzz, parsing the Latin fonts and compiling the layout code take longer than a card. */
  readonly warmUp: boolean;
}
export type RenderResponse = { readonly id: number; readonly png: Uint8Array<ArrayBuffer> } | { readonly id: number; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('src/cards/worker.ts runs as a worker thread of the card pool (src/cards/pool.ts), not on its own.');
const renderer = createCardRenderer();

if ((workerData as WorkerOptions | undefined)?.warmUp) {
  const sample: Card = {
    kind: 'publication',
    lang: 'en',
    accent: '#0a5a9c',
    eyebrow: 'Sample',
    title: 'A sample card drawn once to warm up the renderer',
    subtitle: [],
    authors: [{ name: 'Sample A', isOwner: true }, null, { name: 'Sample B', isOwner: false }],
    venue: 'Sample · 2000',
    siteName: 'Sample',
    siteAddress: 'example.org',
  };
  // A failure here shows again, with its card named, when a real card renders.
  renderer.then((ready) => ready.render(sample)).catch(() => undefined);
}

port.on('message', ({ id, card }: RenderRequest) => {
  renderer
    .then((ready) => ready.render(card))
    .then(
      (png) => port.postMessage({ id, png } satisfies RenderResponse, [png.buffer]),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderResponse),
    );
});
