// A static file server for the benchmark, as a web host would serve a site: text (HTML, CSS, JavaScript, JSON)
// gzip-compressed (level 6, done once per file and cached), everything else as it is (Pagefind's index files are
// compressed already). Usage: node serve.mjs ROOT PORT   (prints "listening PORT" when ready)
// It counts what it sends, since a page's workers fetch out of the page's sight (Pagefind searches in one):
// GET /__stats answers {"requests","bytes","files":[[path, bytes]…]} since the last GET /__reset; bytes are the
// status line, the headers and the (compressed) body of each response.
// A phone's network, when RTT_MS and DOWN_KBPS are set (bench/browser-search.sh PROFILE=phone: Lighthouse's mobile
// figures, 150 ms and 1,638 kbit/s): every response waits one round trip (two on a new connection: its handshake),
// then goes out through one shared downlink at DOWN_KBPS, first come first served, and is sent whole when its last
// byte would have arrived. The same for every engine and every file, since it is done here and not in the browser.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [root, port] = process.argv.slice(2);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.xml': 'application/xml' };
const RTT_MS = Number(process.env.RTT_MS || 0);
const DOWN_KBPS = Number(process.env.DOWN_KBPS || 0); // kbit/s = bits per millisecond
let linkFree = 0; // when the shared downlink is next free (performance.now() ms)
const cache = new Map();
let stats = { requests: 0, bytes: 0, files: [] };
function send(res, status, headers, body, url) {
  const head = `HTTP/1.1 ${status}\r\n` + Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
  const size = Buffer.byteLength(head) + (body ? body.length : 0);
  stats.requests++;
  stats.bytes += size;
  stats.files.push([url, size]);
  const out = () => { res.writeHead(status, headers); res.end(body); };
  if (!RTT_MS && !DOWN_KBPS) { out(); return; }
  const handshake = res.socket.seisakuSeen ? 0 : RTT_MS;
  res.socket.seisakuSeen = true;
  setTimeout(() => {
    const now = performance.now();
    linkFree = Math.max(now, linkFree) + (DOWN_KBPS ? size * 8 / DOWN_KBPS : 0);
    setTimeout(out, linkFree - now);
  }, RTT_MS + handshake);
}
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__reset' || url.pathname === '/__stats') {
    const body = Buffer.from(JSON.stringify(stats));
    if (url.pathname === '/__reset') { stats = { requests: 0, bytes: 0, files: [] }; linkFree = 0; }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(body);
    return;
  }
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!path.resolve(file).startsWith(path.resolve(root))) { send(res, 403, {}, null, url.pathname); return; }
  if (file.endsWith('/')) file += 'index.html';
  fs.readFile(file, (err, data) => {
    if (err) { send(res, 404, {}, null, url.pathname); return; }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/^(text|application\/json)/.test(type) || type.includes('javascript')) {
      if (!cache.has(file)) cache.set(file, zlib.gzipSync(data, { level: 6 }));
      data = cache.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = data.length;
    send(res, 200, headers, data, url.pathname + url.search);
  });
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening ' + server.address().port));
