// What changed, newest first: who took or left which post (with the bound's basis and why), conflicts, the
// analyst's corrections and the map's changes, each with its article and sentence. `kg changes`,
// GET /api/changes and the Atom feed /changes.atom read it. The rows come from cypher/changes.cypher; turning
// them into changes (`changesOf`) and the feed (`atomFeed`) is pure.
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { UsageError } from '../errors';
import type { CurationFile } from '../curation/curation';
import { cypher } from '../store/cypher';
import { runRead } from '../store/read';
import { holderOf } from './leadership';

export const ChangeKind = z.enum(['took', 'left', 'conflict', 'correction', 'reorganised']);
export type ChangeKind = z.infer<typeof ChangeKind>;

export interface ChangeJson {
  date: string;
  kind: ChangeKind;
  /** how the date is known: stated by the text, or a bound ("before": by then at the latest) */
  basis: string | null;
  post: string | null;
  postKey: string | null;
  province: string | null;
  name: string | null;
  person: string | null;
  /** who held the post before (a took), or the other side (a conflict) */
  other: string | null;
  why: string;
  whyVi: string;
  article: string | null;
  sentence: string | null;
}

export interface ChangeQuery { since?: string; until?: string; province?: string; onlyNew?: boolean; limit?: number }

export const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A day, month or year (YYYY, YYYY-MM, YYYY-MM-DD) as the first or the last day it may mean. */
export const widenDay = (d: string, end: boolean): string =>
  d.length === 10 ? d : d.length === 7 ? `${d}${end ? '-31' : '-01'}` : `${d}${end ? '-12-31' : '-01-01'}`;

/** A command's day flag, widened; a usage error naming the flag when it is no day. */
export function dayBound(d: string | undefined, end: boolean, flag: string): string | null {
  if (d === undefined) return null;
  if (!DAY.test(d)) throw new UsageError(`${flag} ${d}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return widenDay(d, end);
}

type Props = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const inRange = (d: string | null, since: string | null, until: string | null) => d !== null && (since === null || d >= since) && (until === null || d <= until);

/** The evidence sentence of a tenure on a day: the fact of that day, else the latest before it, else the last. */
function evidenceOn(t: Props, day: string | null): { article: string | null; sentence: string | null } {
  const ev = holderOf(t).evidence;
  const e = ev.find((x) => x.date === day)
    ?? ev.filter((x) => x.date && day && x.date <= day).sort((a, b) => a.date!.localeCompare(b.date!)).pop()
    ?? ev[ev.length - 1];
  return { article: e?.article ?? null, sentence: e ? str(e.sentence) : null };
}

export interface ChangeRows {
  tenures: Array<{ tenure: Props; province: string | null; person: string; predecessor: string | null }>;
  conflicts: Array<{ conflict: Props; province: string | null; names: string[] }>;
  curation: CurationFile;
}

/**
 * The changes the rows show in [since, until]: a start stated by the text (elected, appointed, assigned…), an end
 * stated (left, dismissed, retired, replaced) or bounded by a post taken elsewhere, one line per province and
 * change of the map (a province merged), each conflict, each correction. A first or last sighting, and a
 * "nguyên …" (ended some time before the article), are no change: the articles do not say anything happened
 * that day.
 */
export function changesOf(rows: ChangeRows, q: { since: string | null; until: string | null; province: string | null }): ChangeJson[] {
  const out: ChangeJson[] = [];
  const reorganised = new Map<string, ChangeJson>();
  for (const { tenure: t, province, person, predecessor } of rows.tenures) {
    const post = String(t.post), postKey = String(t.postKey), name = String(t.name);
    const from = str(t.from), to = str(t.to);
    if (from && t.fromBasis === 'stated' && inRange(from, q.since, q.until)) {
      out.push({
        date: from, kind: 'took', basis: 'stated', post, postKey, province, name, person, other: predecessor,
        why: String(t.fromWhy ?? 'took the post') + (predecessor ? `, after ${predecessor}` : ''),
        whyVi: `${name} ${String(t.fromWhyVi ?? 'nhận chức').replace(/ \(.*\)$/u, '')} ${post}${predecessor ? `, sau ${predecessor}` : ''}`,
        ...evidenceOn(t, from),
      });
    }
    if (!to || t.toBasis === 'open' || t.toBasis === 'seen' || !inRange(to, q.since, q.until)) continue;
    // "nguyên …" only bounds an end some time before the article: no change of that day
    if (t.toBasis === 'before' && !str(t.endReason) && !str(t.toArticle)) continue;
    const reason = str(t.endReason);
    if (reason) {
      // the map's change ends every post of the province on one day: one line for all of them
      const key = `${to}|${province}|${reason}`;
      const seen = reorganised.get(key);
      if (seen) { seen.other = String(Number(seen.other) + 1); continue; }
      const c: ChangeJson = {
        date: to, kind: 'reorganised', basis: 'before', post: null, postKey: null, province, name: null, person: null, other: '1',
        why: `${reason}: the province's posts held then ended (${String(t.endSource ?? '')})`, whyVi: String(t.toWhyVi ?? reason),
        article: null, sentence: null,
      };
      reorganised.set(key, c);
      out.push(c);
      continue;
    }
    const ended = str(t.toArticle) ? { article: str(t.toArticle), sentence: str(t.toSentence) } : evidenceOn(t, to);
    out.push({
      date: to, kind: 'left', basis: String(t.toBasis), post, postKey, province, name, person, other: null,
      why: String(t.toWhy ?? (t.endedBy ? `called "nguyên" by ${String(t.endedBy)}` : 'left the post')),
      whyVi: `${name} rời chức ${post}: ${String(t.toWhyVi ?? 'thôi giữ chức')}`, ...ended,
    });
  }
  for (const { conflict: c, province, names } of rows.conflicts) {
    out.push({
      date: String(c.from), kind: 'conflict', basis: null, post: String(c.post), postKey: String(c.postKey), province, name: names[0] ?? null, person: null,
      other: names[1] ?? null, why: `${String(c.kind)}: ${String(c.message)}`, whyVi: String(c.messageVi ?? c.message), article: null, sentence: null,
    });
  }
  for (const c of rows.curation.corrections) {
    if (!inRange(c.at, q.since, q.until) || q.province) continue;
    const what = c.kind === 'merge' ? `${c.names[0]} and ${c.names[1]} are one person` : c.kind === 'split' ? `${c.name} is not the person tied to`
      : c.kind === 'rename' ? `${c.from} is shown as ${c.to}` : `${c.kind} ${c.what}`;
    out.push({ date: c.at, kind: 'correction', basis: null, post: null, postKey: null, province: null, name: null, person: null, other: null, why: `${what} (${c.reason})`, whyVi: `Hiệu chỉnh: ${what} (${c.reason})`, article: null, sentence: null });
  }
  const order: Record<ChangeKind, number> = { left: 0, took: 1, reorganised: 2, conflict: 3, correction: 4 };
  return out.sort((a, b) => b.date.localeCompare(a.date) || order[a.kind] - order[b.kind] || (a.post ?? '').localeCompare(b.post ?? '', 'vi') || (a.name ?? '').localeCompare(b.name ?? '', 'vi'));
}

const read = async (driver: Driver, name: string, params: Record<string, unknown>) => (await runRead(driver, cypher('changes.cypher', name), params)).rows;

/** What changed, from the graph (and the corrections file); `onlyNew`: only what the last ingest's articles say. */
export async function changes(driver: Driver, curation: CurationFile, q: ChangeQuery = {}): Promise<ChangeJson[]> {
  const since = dayBound(q.since, false, '--since'), until = dayBound(q.until, true, '--until');
  if (since && until && since > until) throw new UsageError(`--since ${q.since} is after --until ${q.until}`);
  const province = q.province?.trim() || null;
  const params = { since, until, province };
  const rows: ChangeRows = {
    tenures: (await read(driver, 'tenure-changes', params)).map(([t, p, person, predecessor]) => ({
      tenure: (t as { properties: Props }).properties, province: (p as string | null) ?? null, person: String(person), predecessor: (predecessor as string | null) ?? null,
    })),
    conflicts: (await read(driver, 'conflict-changes', params)).map(([c, p, names]) => ({
      conflict: (c as { properties: Props }).properties, province: (p as string | null) ?? null, names: (names as string[]) ?? [],
    })),
    curation,
  };
  let out = changesOf(rows, params);
  if (q.onlyNew) {
    const latest = (await read(driver, 'latest-load', {}))[0];
    const fresh = new Set((latest?.[1] as string[] | undefined) ?? []);
    out = out.filter((c) => c.article !== null && fresh.has(c.article));
  }
  return q.limit ? out.slice(0, q.limit) : out;
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * An Atom feed of changes (RFC 4287) a feed reader can subscribe to: one entry a change, titled in Vietnamese,
 * linking to the post's timeline in the viewer at `base`. An entry's id depends on the change only.
 */
export function atomFeed(items: ChangeJson[], opts: { base: string; province: string | null; self: string }): string {
  const updated = `${items[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const title = `kg · Thay đổi gần đây${opts.province ? ` · ${opts.province}` : ''}`;
  const entries = items.map((c) => {
    const id = `tag:kg,changes:${encodeURIComponent([c.date, c.kind, c.postKey ?? c.province ?? '', c.person ?? c.why].join('|'))}`;
    const link = c.postKey ? `${opts.base}/#v=timeline&post=${encodeURIComponent(`Post:${c.postKey}`)}` : `${opts.base}/`;
    const summary = [c.whyVi, c.sentence ? `“${c.sentence}”` : '', c.article ? `(${c.article})` : ''].filter(Boolean).join(' ');
    return [
      '  <entry>',
      `    <id>${xml(id)}</id>`,
      `    <title>${xml(`${c.date} · ${c.whyVi}`)}</title>`,
      `    <updated>${c.date}T00:00:00Z</updated>`,
      `    <link href="${xml(link)}"/>`,
      `    <category term="${c.kind}"/>`,
      `    <summary>${xml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(`tag:kg,changes:${opts.province ?? 'all'}`)}</id>`,
    `  <title>${xml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" href="${xml(opts.self)}"/>`,
    `  <author><name>kg</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
