// A static file server for a built site, mounted under its base path like GitHub Pages.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.ipynb': 'application/x-ipynb+json',
  '.wasm': 'application/wasm',
};

export async function serveDist(
  dist: string,
  base: string,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dist, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html']! });
      createReadStream(join(dist, '404.html')).pipe(res);
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Compress like GitHub Pages does, so measured transfer sizes are real.
    if (/text|javascript|json|svg|xml|wasm/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) };
}
