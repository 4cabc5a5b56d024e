// What the Cypher endpoint runs: read queries only. Two checks before the query runs, then READ access mode
// with a timeout and a row cap when it does:
// 1. the text, with comments, strings and quoted names blanked (so that "LOAD/**/CSV" or a label called
//    `CREATE` neither hides nor trips anything): LOAD CSV, CALL { … } IN TRANSACTIONS, SHOW and admin
//    commands, USE, writes, and procedures outside a short list, each refused with its reason;
// 2. the server's own plan (EXPLAIN, nothing runs): the query type must be read-only, and no operator may load
//    CSV, run transactions of its own, administer, or call a procedure outside the list. What the text check
//    cannot see (a new write clause, a procedure by another spelling) the planner still does.
import neo4j, { type Driver } from 'neo4j-driver';
import { QueryRefusedError } from '../errors';
import { toNeo4j } from '../store/read';

/** Procedures a reader may call: the graph's shape and the full-text index. No dbms.*, nothing that writes or shows configuration. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys',
  'db.schema.visualization', 'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
]);

/** Comments become a space, strings '' and quoted names `q`: what is left is Cypher's own words. */
export function blankCypher(q: string): string {
  let out = '';
  let i = 0;
  while (i < q.length) {
    const c = q[i]!, d = q[i + 1];
    if (c === '/' && d === '/') { const e = q.indexOf('\n', i); i = e < 0 ? q.length : e; out += ' '; continue; }
    if (c === '/' && d === '*') { const e = q.indexOf('*/', i + 2); i = e < 0 ? q.length : e + 2; out += ' '; continue; }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < q.length && q[j] !== c) j += q[j] === '\\' ? 2 : 1;
      i = j + 1;
      out += "''";
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      while (j < q.length && !(q[j] === '`' && q[j + 1] !== '`')) j += q[j] === '`' ? 2 : 1;
      i = j + 1;
      out += '`q`';
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// A clause keyword, not a property (n.set), a map key ({set: 1}), a label (:Create), a parameter ($delete) or
// a name given with AS (RETURN r.set AS set).
const word = (w: string) => `(?<![.:$\\w])(?<!\\bAS\\s+)${w}(?![\\w]|\\s*:(?!:))`;
const TEXT_RULES: Array<{ re: RegExp; reason: string; example: string }> = [
  { re: new RegExp(word('LOAD\\s+CSV'), 'i'), reason: 'LOAD CSV reads files and URLs from the server', example: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l" },
  { re: new RegExp(`${word('IN')}\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?${word('TRANSACTIONS')}`, 'i'), reason: 'CALL { … } IN TRANSACTIONS commits on its own', example: 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1' },
  { re: new RegExp(`^\\s*(?:(?:EXPLAIN|PROFILE|CYPHER(?:\\s+\\w+(?:\\s*=\\s*\\w+)?)*)\\s+)*${word('(SHOW|GRANT|REVOKE|DENY|ALTER|RENAME|START|STOP|TERMINATE|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)')}`, 'i'), reason: 'SHOW and administration commands are not queries of the graph', example: 'SHOW DATABASES' },
  { re: new RegExp(word('USE'), 'i'), reason: 'USE switches to another database; this endpoint reads the graph only', example: 'USE system MATCH (n) RETURN n' },
  { re: new RegExp(word('(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|INSERT)'), 'i'), reason: 'it writes; this endpoint only reads', example: 'MATCH (n) SET n.x = 1' },
];

/** The reason the text alone gives for refusing the query, or null. */
export function refusalByText(query: string): string | null {
  const q = blankCypher(query);
  for (const r of TEXT_RULES) if (r.re.test(q)) return r.reason;
  for (const m of q.matchAll(/(?<![.\w])CALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_`][\w`]*)*)/gi)) {
    const name = m[1]!.replace(/\s+/g, '');
    if (!READ_PROCEDURES.has(name)) return procedureReason(name);
  }
  return null;
}

const procedureReason = (name: string) =>
  `the procedure ${name} is not one a reader may call here (allowed: ${[...READ_PROCEDURES].join(', ')})`;

export interface PlanNode { operatorType: string; arguments?: Record<string, unknown>; children?: PlanNode[] }

/** The reason the server's plan gives for refusing the query, or null. */
export function refusalByPlan(queryType: string | undefined, plan: PlanNode | false | undefined): string | null {
  const operators: PlanNode[] = [];
  const walk = (p: PlanNode) => { operators.push(p); for (const c of p.children ?? []) walk(c); };
  if (plan) walk(plan);
  for (const p of operators) {
    const op = p.operatorType.split('@')[0]!;
    if (op === 'LoadCSV') return 'LOAD CSV reads files and URLs from the server';
    if (/^Transaction(Apply|Foreach)$/.test(op)) return 'CALL { … } IN TRANSACTIONS commits on its own';
    if (/Administration|System/.test(op)) return 'SHOW and administration commands are not queries of the graph';
    if (op === 'ProcedureCall') {
      const name = String(p.arguments?.Details ?? '').split('(')[0]!.trim();
      if (!READ_PROCEDURES.has(name)) return procedureReason(name || 'called');
    }
  }
  if (queryType !== 'r') {
    return queryType === 's' ? 'it changes the schema or administers the database; this endpoint only reads' : 'the server plans it as a write; this endpoint only reads';
  }
  return null;
}

/** The server's plan of a query, without running it. */
export async function planOf(driver: Driver, query: string, params: Record<string, unknown>): Promise<{ queryType: string | undefined; plan: PlanNode | false }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const tx = await session.beginTransaction({ timeout: 5_000 });
    try {
      const bare = query.replace(/^\s*(?:EXPLAIN|PROFILE)\s+/i, '');
      const res = await tx.run(`EXPLAIN ${bare}`, toNeo4j(params) as Record<string, unknown>);
      return { queryType: res.summary.queryType, plan: res.summary.plan as PlanNode | false };
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close();
  }
}

/** Throws QueryRefusedError with the reason when the query is not a plain read of the graph. */
export async function checkReadOnly(driver: Driver, query: string, params: Record<string, unknown>): Promise<void> {
  const byText = refusalByText(query);
  if (byText) throw new QueryRefusedError(`refused: ${byText}`);
  const { queryType, plan } = await planOf(driver, query, params);
  const byPlan = refusalByPlan(queryType, plan);
  if (byPlan) throw new QueryRefusedError(`refused: ${byPlan}`);
}
