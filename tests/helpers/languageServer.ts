/**
 * A language server driven over stdio as an editor drives it (LSP JSON-RPC): open a file and
 * read the problems it reports, ask for completions and hovers. The settings an editor would
 * send (VS Code's `yaml.*`) are answered from `settings`.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface Problem {
  readonly line: number;
  readonly message: string;
}

export interface LanguageServer {
  /** Opens a file with this text; the problems the server reports for it once it has settled, by line. */
  open(path: string, text: string, languageId: string): Promise<Problem[]>;
  /** The labels offered at a position (0-based line and character), with the documentation of each. */
  completion(path: string, line: number, character: number): Promise<{ label: string; documentation: string }[]>;
  /** The hover text at a position. */
  hover(path: string, line: number, character: number): Promise<string>;
  close(): void;
}

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: { range: { start: { line: number } }; message: string }[]; items?: { section?: string }[] };
  result?: unknown;
  error?: { message: string };
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : ((value as { value?: string } | undefined)?.value ?? ''));

export async function startLanguageServer(
  command: readonly string[],
  root: string,
  options: { settings?: Record<string, unknown>; initializationOptions?: Record<string, unknown> } = {},
): Promise<LanguageServer> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...command, '--stdio'], { stdio: 'pipe' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const published = new Map<string, Problem[]>();
  const listeners = new Set<() => void>();
  let nextId = 0;
  let buffer = Buffer.alloc(0);
  const send = (message: Record<string, unknown>) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      send({ id, method, params });
    });
  const setting = (section: string | undefined) =>
    (section ?? '').split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], options.settings);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n');
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, Math.max(head, 0)).toString())?.[1]);
      if (head < 0 || buffer.length < head + 4 + length) return;
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as Message;
      buffer = buffer.subarray(head + 4 + length);
      if (message.id !== undefined && message.method === undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result);
      } else if (message.method === 'textDocument/publishDiagnostics') {
        published.set(
          message.params!.uri!,
          message.params!.diagnostics!.map((problem) => ({ line: problem.range.start.line, message: problem.message })),
        );
        for (const listener of listeners) listener();
      } else if (message.method === 'workspace/configuration') {
        send({ id: message.id!, result: message.params!.items!.map((item) => setting(item.section) ?? null) });
      } else if (message.id !== undefined) {
        send({ id: message.id, result: null });
      }
    }
  });
  const rootUri = pathToFileURL(root).href;
  await request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'site' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        publishDiagnostics: {},
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    },
    initializationOptions: options.initializationOptions ?? {},
  });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: options.settings ?? {} } });
  const uri = (path: string) => pathToFileURL(path).href;
  return {
    open: (path, text, languageId) =>
      new Promise((resolve) => {
        let settle: ReturnType<typeof setTimeout> | undefined;
        // A server may report twice (syntax first, the schema after): the last report within a moment of quiet counts.
        const listener = () => {
          if (!published.has(uri(path))) return;
          clearTimeout(settle);
          settle = setTimeout(() => {
            listeners.delete(listener);
            resolve([...published.get(uri(path))!].sort((a, b) => a.line - b.line || a.message.localeCompare(b.message)));
          }, 1000);
        };
        listeners.add(listener);
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri: uri(path), languageId, version: 1, text } } });
      }),
    completion: async (path, line, character) => {
      const result = (await request('textDocument/completion', { textDocument: { uri: uri(path) }, position: { line, character } })) as
        | { items?: { label: string; documentation?: unknown }[] }
        | { label: string; documentation?: unknown }[]
        | null;
      const items = Array.isArray(result) ? result : (result?.items ?? []);
      return items.map((item) => ({ label: item.label, documentation: textOf(item.documentation) }));
    },
    hover: async (path, line, character) => {
      const result = (await request('textDocument/hover', { textDocument: { uri: uri(path) }, position: { line, character } })) as { contents?: unknown } | null;
      return textOf(result?.contents);
    },
    close: () => child.kill(),
  };
}
