/**
 * Serves a built dist/ on 127.0.0.1 the way a static host does: files under the
 * base path, `dir/` → `dir/index.html`, and the site's 404 page with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.bib': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** `headers` go with every file, as a host sends those of the site's `_headers`. */
export async function serveStatic(root: string, base = '/', headers: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const notFound = async () => {
      response.writeHead(404, { ...headers, 'content-type': TYPES['.html']! });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    };
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
