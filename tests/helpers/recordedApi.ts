/**
 * A local stand-in for the scholarly APIs: answers recorded responses on
 * 127.0.0.1, in order per path (the last one repeats), and logs every request
 * with its headers. A response of `'hang'` never answers, for timeouts.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export type Answer = Recorded | 'hang';

export interface LoggedRequest {
  /** Path and query, e.g. /10.1038/s41467-019-08987-4. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface RecordedApi {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** host:port, as messages name it. */
  readonly host: string;
  readonly requests: LoggedRequest[];
  /** Sets what a path answers from now on. */
  answer(path: string, ...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function startRecordedApi(routes: Readonly<Record<string, readonly Answer[]>> = {}): Promise<RecordedApi> {
  const queues = new Map<string, Answer[]>(Object.entries(routes).map(([path, answers]) => [path, [...answers]]));
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const respond = (response: ServerResponse, recorded: Recorded) => {
    response.writeHead(recorded.status ?? 200, recorded.headers ?? {});
    response.end(recorded.body ?? '');
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push({ url, headers: request.headers });
    const queue = queues.get(url);
    if (queue === undefined || queue.length === 0) return respond(response, { status: 404, body: 'no recorded response' });
    const next = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (next !== 'hang') respond(response, next);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    answer: (path, ...answers) => void queues.set(path, [...answers]),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
