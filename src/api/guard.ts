// What keeps the API and the viewer safe to open to colleagues: security headers with a Content-Security-Policy
// that allows no inline script, a token for the Cypher endpoint when KG_API_TOKEN is set, a per-client rate
// limit, and the rule that the server leaves loopback only with a token. No dependency: each is a few lines.
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { UsageError } from '../errors';

/**
 * Scripts only from this origin (no inline script, no eval); styles from this origin and the inline styles
 * vis-network and vis-timeline inject; images from here and data: (the canvas); no framing, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** With a token configured, a request must carry it: "Authorization: Bearer <token>" or "X-KG-Token". */
export function requireToken(token: string | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!token) { next(); return; }
    const auth = req.get('authorization') ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : req.get('x-kg-token') ?? '';
    if (given && same(given, token)) { next(); return; }
    res.status(401).json({ error: { code: 'unauthorized', message: 'this endpoint needs the API token (Authorization: Bearer <KG_API_TOKEN>)' } });
  };
}

/**
 * A token bucket per client address: `perMinute` requests a minute, bursts up to `burst`. Clients on this
 * machine (loopback) are not limited unless `loopbackToo`: the limit is for a server opened to others.
 */
export function rateLimit(opts: { perMinute: number; burst: number; loopbackToo?: boolean }) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = opts.perMinute / 60_000;
  return (req: Request, res: Response, next: NextFunction): void => {
    const key = req.socket.remoteAddress ?? '?';
    if (!opts.loopbackToo && isLoopback(key.replace(/^::ffff:/, ''))) { next(); return; }
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: opts.burst, at: now };
    b.tokens = Math.min(opts.burst, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (buckets.size > 10_000) buckets.clear();
    buckets.set(key, b);
    if (b.tokens < 1) {
      res.setHeader('Retry-After', String(Math.ceil((1 - b.tokens) / rate / 1000)));
      res.status(429).json({ error: { code: 'rate-limited', message: 'too many requests; try again shortly' } });
      return;
    }
    b.tokens -= 1;
    next();
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;
export const isLoopback = (host: string): boolean => LOOPBACK.test(host);

/** Leaving loopback without a token would open the database to the network: refused at start. */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new UsageError(`--host ${host} would serve the API beyond this machine without a token; set KG_API_TOKEN (the Cypher endpoint then requires it) or bind 127.0.0.1`);
  }
}
