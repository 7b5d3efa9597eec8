import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.xml': 'application/xml', '.txt': 'text/plain', '.zip': 'application/zip', '.webmanifest': 'application/manifest+json',
};

/** Types a static host compresses (Pagefind's own files are gzip already and are sent as they are). */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/**
 * A static file server over a built site on 127.0.0.1, like any static host (directory URLs serve index.html).
 * With `gzip`, text files go gzip-compressed to a browser that accepts it, as GitHub Pages or Netlify send them
 * (the slow-network benchmark counts the bytes a reader's phone receives).
 */
export async function serveStatic(root: string, base = '/', options: { gzip?: boolean } = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 9 }));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      return res.end(compressed.get(file));
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
    function notFound() {
      const page = join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${base}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
