/**
 * A small static server for the built site, used by `npm start` and by the browser tests: serves `dist/` under the
 * deploy base path, with the MIME types Pagefind needs (`.wasm`, `.js`), the site's 404 page, and the same security
 * headers as `public/_headers`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import sirv from 'sirv';

/** Options of `startStaticServer`. */
export interface StaticServerOptions {
  /** Absolute path of the built site. */
  dir: string;
  /** Base path the site is built for, starting and ending with `/`. */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * Headers sent with every response (pages, files, redirects and the 404 page): fixed, or chosen by the request
   * path as the host sees it, base path included (see `getHeadersForPath` for the rules of `_headers`).
   */
  headers?: Readonly<Record<string, string>> | ((pathname: string) => Readonly<Record<string, string>>);
  /**
   * The site is still being built: the server listens at once, and requests wait until this settles. Once it rejects,
   * every request gets a 503 whose text is the first line of its message.
   */
  ready?: Promise<unknown>;
  /**
   * Files served beside the site, by path from the origin (outside the base path), each from a file, with the headers
   * above, cacheable for an hour; a script (`.js`) or a page (`.html`). The browser tests load axe-core this way,
   * where the site's Content-Security-Policy lets a page run it, and an empty page of the site's origin.
   * A file of another kind is refused: the server does not start.
   */
  files?: Readonly<Record<string, string>>;
}

/** A running server and its address. */
export interface RunningServer {
  server: Server;
  /** Origin, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** Origin and base path, e.g. `http://127.0.0.1:4321/records/`. */
  url: string;
  close(): Promise<void>;
}

/** Content types of the files the `files` option may serve, by extension. */
const FILE_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Starts the server; resolves once it listens. */
export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  const unknownKind = Object.keys(options.files ?? {}).find((path) => !FILE_TYPES[extname(path)]);
  if (unknownKind) {
    return Promise.reject(new Error(`${unknownKind}: the server serves only .js and .html files beside the site.`));
  }
  const { headers = {} } = options;
  const headersFor = typeof headers === 'function' ? headers : () => headers;
  const notFound = (response: ServerResponse, page: Buffer) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  };

  const makeHandler = () => {
    // Read once the site is built: sirv lists the folder when it starts.
    const serve = sirv(options.dir, { dev: false, etag: true, extensions: ['html'] });
    const notFoundFile = join(options.dir, '404.html');
    const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
    const files = new Map(Object.entries(options.files ?? {}).map(([path, file]) => [path, readFileSync(file)]));
    return (request: IncomingMessage, response: ServerResponse) => {
      const url = request.url ?? '/';
      // Set before any answer is written, so redirects, files and the 404 page all carry them.
      const pathname = new URL(url, 'http://localhost').pathname;
      for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
      const file = files.get(pathname);
      if (file) {
        response.writeHead(200, { 'content-type': FILE_TYPES[extname(pathname)]!, 'cache-control': 'max-age=3600' });
        response.end(file);
        return;
      }
      if (base !== '/' && (url === base.slice(0, -1) || url.startsWith(`${base.slice(0, -1)}?`))) {
        response.writeHead(301, { location: base });
        response.end();
        return;
      }
      if (!url.startsWith(base)) {
        notFound(response, notFoundPage);
        return;
      }
      request.url = `/${url.slice(base.length)}`;
      serve(request, response, () => notFound(response, notFoundPage));
    };
  };
  const handler = options.ready ? options.ready.then(makeHandler) : Promise.resolve(makeHandler());
  // A build that failed is reported where it ran; the server only answers 503.
  handler.catch(() => {});

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    handler.then(
      (handle) => handle(request, response),
      (error: unknown) => {
        response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(String(error instanceof Error ? error.message : error).split('\n')[0]);
      },
    );
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('The server has no TCP address.'));
        return;
      }
      const origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
      resolve({
        server,
        origin,
        url: `${origin}${base}`,
        // Connections a browser keeps open for its next request would hold the server open: they are closed too.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
