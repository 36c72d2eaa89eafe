/**
 * A tiny static server for the built site: `tsx site/serve.ts` (npm run site:serve) serves site/dist on
 * 127.0.0.1, port from PORT (default 3000). Clean URLs: /data serves data.html, / serves index.html.
 * Importable by tests: startServer(dir, port) → {url, close}; port 0 picks a free port.
 */
import fs from "node:fs";
import http from "node:http";
import type {AddressInfo} from "node:net";
import path from "node:path";
import {fileURLToPath} from "node:url";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface Server {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The file under `root` a request path names, or undefined. Rejects anything that would leave `root` (.., encoded
 * slashes, NUL) and follows Framework's clean URLs: "/" → index.html, "/data" → data.html, "/dir/" → dir/index.html.
 */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/, 1)[0]);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith("/") || pathname.includes("\0") || pathname.includes("\\")) return undefined;
  if (pathname.split("/").some((segment) => segment === "..")) return undefined;
  const base = path.resolve(root);
  const target = path.resolve(base, `.${pathname}`);
  if (target !== base && !target.startsWith(base + path.sep)) return undefined;
  const candidates = pathname.endsWith("/")
    ? [path.join(target, "index.html")]
    : [target, `${target}.html`, path.join(target, "index.html")];
  for (const file of candidates) {
    try {
      // Symlinks out of the root are not followed.
      const real = fs.realpathSync(file);
      const realBase = fs.realpathSync(base);
      if (real !== realBase && !real.startsWith(realBase + path.sep)) continue;
      if (fs.statSync(real).isFile()) return real;
    } catch {
      // not there: try the next candidate
    }
  }
  return undefined;
}

export function startServer(dir: string, port = 3000, host = "127.0.0.1"): Promise<Server> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, {allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8"}).end("method not allowed\n");
      return;
    }
    const file = resolveRequest(root, req.url ?? "/");
    if (!file) {
      const notFound = path.join(root, "404.html");
      const body = fs.existsSync(notFound) ? fs.readFileSync(notFound) : "not found\n";
      res.writeHead(404, {"content-type": fs.existsSync(notFound) ? CONTENT_TYPES[".html"] : "text/plain; charset=utf-8"});
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    const {size} = fs.statSync(file);
    res.writeHead(200, {
      "content-type": contentType(file),
      "content-length": size,
      "x-content-type-options": "nosniff",
      // Hashed assets (_file, _import, _node, _observablehq) may be cached; pages are always revalidated.
      "cache-control": /\/_(file|import|node|npm|observablehq)\//.test(req.url ?? "") ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).on("error", () => res.destroy()).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.env.GONGKAI_SITE_OUTPUT || fileURLToPath(new URL("dist", import.meta.url));
  const port = Number(process.env.PORT || 3000);
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`gongkai site: ${dir} has no index.html (run \`npm run site:build\` first)`);
    process.exit(1);
  }
  startServer(dir, port).then(
    ({url, close}) => {
      console.log(`gongkai site: ${url}`);
      const stop = () => void close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
    (error) => {
      console.error(`gongkai site: cannot listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
