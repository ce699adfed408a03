import { createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Request, RequestHandler, Response } from 'restify';

export interface JsonBodyLimits {
  /** Bytes of the body as sent, and again once decompressed. */
  maxBytes: number;
  /** Nesting of objects and arrays. */
  maxDepth: number;
}

/** 256 KB is far above any activity Teams sends; 64 levels is far above any card or channel data. */
export const DEFAULT_BODY_LIMITS: JsonBodyLimits = { maxBytes: 256 * 1024, maxDepth: 64 };

/** Whether a parsed JSON value nests deeper than `limit`. */
export const jsonDepthExceeds = (value: unknown, limit: number): boolean => !jsonShapeWithin(value, { maxDepth: limit, maxEntries: Infinity, maxNodes: Infinity });

const hasBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

function refuse(res: Response, status: number, error: string): void {
  // The rest of the body is never read: the connection closes after this answer.
  res.setHeader('Connection', 'close');
  res.send(status, { error });
}

function decoded(req: Request): Readable | undefined {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return req;
  if (encoding === 'gzip' || encoding === 'x-gzip') return req.pipe(createGunzip());
  if (encoding === 'deflate') return req.pipe(createInflate());
  return undefined;
}

/** Reads a JSON body into `req.body`, in memory only, in place of restify's body parser (which wrote
 * multipart uploads to the temp directory before any check, and inflated gzip without limit). A body that is
 * not `application/json` is refused with 415 before any of it is read, as is a content encoding other than
 * gzip or deflate; more than `maxBytes` sent or decompressed is 413; a body that is not JSON, or nests deeper
 * than `maxDepth`, is 400. Every refusal is a fixed message: nothing of the body is echoed. Requests without a
 * body pass untouched. */
export function jsonBody(limits: JsonBodyLimits = DEFAULT_BODY_LIMITS): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return void (refuse(res, 415, 'Unsupported media type: send application/json.'), next(false));
    if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes) return void (refuse(res, 413, 'Request body too large.'), next(false));
    const source = decoded(req);
    if (!source) return void (refuse(res, 415, 'Unsupported content encoding: send gzip, deflate or no encoding.'), next(false));

    const chunks: Buffer[] = [];
    let sent = 0;
    let size = 0;
    let done = false;
    const finish = (status?: number, error?: string) => {
      if (done) return;
      done = true;
      req.removeAllListeners('data');
      if (source !== req) source.destroy();
      if (status && error) {
        refuse(res, status, error);
        next(false);
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        refuse(res, 400, 'Bad request: the body is not valid JSON.');
        next(false);
        return;
      }
      if (jsonDepthExceeds(body, limits.maxDepth)) {
        refuse(res, 400, 'Bad request: the body is nested too deeply.');
        next(false);
        return;
      }
      req.body = body;
      next();
    };
    req.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > limits.maxBytes) finish(413, 'Request body too large.');
    });
    source.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish(413, 'Request body too large.');
      chunks.push(chunk);
    });
    source.on('end', () => finish());
    source.on('error', () => finish(400, 'Bad request: the body could not be decoded.'));
    req.on('aborted', () => finish(400, 'Bad request: the body was cut short.'));
  };
}

export interface JsonShapeLimits {
  maxDepth: number;
  /** Keys of one object, or items of one array. */
  maxEntries: number;
  /** Objects, arrays and values in all. */
  maxNodes: number;
}

/** Whether a parsed JSON value stays within the limits, checked without recursion. */
export function jsonShapeWithin(value: unknown, limits: JsonShapeLimits): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) return false;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limits.maxDepth) return false;
    const children = Object.values(node);
    if (children.length > limits.maxEntries) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}
