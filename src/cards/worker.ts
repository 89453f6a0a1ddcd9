/**
 * A render worker of the card pool: loads the fonts once, then turns each card
 * it is sent into a PNG. Runs as a worker thread, so cards render in parallel
 * on every core while the build's main thread renders pages.
 */
import { parentPort } from 'node:worker_threads';
import type { Card } from './card.ts';
import { loadFonts, renderCard } from './render.ts';

/** A job: the card and a number to answer under. */
export interface RenderRequest {
  readonly id: number;
  readonly card: Card;
}
export type RenderResponse = { readonly id: number; readonly png: Uint8Array<ArrayBuffer> } | { readonly id: number; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('src/cards/worker.ts runs as a worker thread of the card pool (src/cards/pool.ts), not on its own.');
const fonts = loadFonts();

port.on('message', ({ id, card }: RenderRequest) => {
  renderCard(card, fonts).then(
    (png) => port.postMessage({ id, png } satisfies RenderResponse, [png.buffer]),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderResponse),
  );
});
