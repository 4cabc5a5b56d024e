// The Cypher endpoint's guard (src/api/query-guard.ts): each hostile query refused by its text and, on its
// own, by the server's plan; reads of the graph pass both. Real Neo4j plans the queries.
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { blankCypher, planOf, refusalByPlan, refusalByText } from '../../src/api/query-guard';
import { ingest } from '../../src/pipeline/ingest';
import type { Store } from '../../src/store/connect';
import { SAMPLES } from '../support/paths';
import { clearDatabase, openTestStore } from '../support/store';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  await ingest(store.driver, [SAMPLES]);
  app = createApp({ driver: store.driver, queryTimeoutMs: 2_000, maxRows: 50 });
});
afterAll(async () => { await store.close(); });

test.each([
  ["MATCH (n) // CREATE\nRETURN n /* DELETE */", 'MATCH (n)  \nRETURN n  '],
  ["RETURN 'SET x', \"LOAD CSV\", 'it\\'s'", "RETURN '', '', ''"],
  ['MATCH (n:`CREATE``x`) RETURN n', 'MATCH (n:`q`) RETURN n'],
  ['LOAD/**/CSV FROM $u AS l', 'LOAD CSV FROM $u AS l'],
])('blankCypher(%j)', (q, blanked) => {
  expect(blankCypher(q)).toBe(blanked);
});

// [query, what the refusal says]
const HOSTILE: Array<[string, RegExp]> = [
  ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
  ["load/**/csv from 'https://example.org/x.csv' as l return l", /LOAD CSV/],
  ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1', /IN TRANSACTIONS/],
  ['SHOW DATABASES', /SHOW and administration/],
  ['SHOW USERS', /SHOW and administration/],
  ['CALL dbms.listConfig()', /dbms\.listConfig is not one a reader may call/],
  ['CALL dbms.components()', /dbms\.components/],
  ['CALL dbms.showCurrentUser()', /dbms\.showCurrentUser/],
  ['CALL db.info()', /db\.info/],
  ["CALL db.createLabel('X')", /db\.createLabel/],
  ['CALL tx.setMetaData({a: 1})', /tx\.setMetaData/],
  ['CREATE (n:Person {name: "x"})', /writes|write/],
  ['MATCH (n) DETACH DELETE n', /writes|write/],
  ['MATCH (n:Person) SET n.name = "x"', /writes|write/],
  ['MERGE (n:Post {key: "x"})', /writes|write/],
  ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', /writes|write/],
  ['DROP INDEX kg_search', /writes|write|administration|schema/],
  ['CREATE INDEX x FOR (n:Person) ON (n.x)', /writes|write|schema/],
  ['USE system MATCH (n) RETURN n', /USE/],
];

test.each(HOSTILE)('the endpoint refuses %j with a clear message', async (query, reason) => {
  const r = await request(app).post('/api/query').send({ query }).expect(400);
  expect(r.body.error.code).toBe('query-refused');
  expect(r.body.error.message).toMatch(reason);
  expect(JSON.stringify(r.body)).not.toMatch(/at .*\.js:\d+|neo4j-driver/);
});

// Each query the planner accepts is refused by the plan alone too: the text check is not the only wall.
test.each(HOSTILE.filter(([q]) => !/^(SHOW|USE|DROP|CREATE INDEX)/.test(q)))('the plan alone refuses %j', async (query) => {
  expect(refusalByText(query)).not.toBeNull();
  const { queryType, plan } = await planOf(store.driver, query, {});
  expect(refusalByPlan(queryType, plan)).not.toBeNull();
});

test.each([
  ['MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 3'],
  ['MATCH (p:Person {name: $name})-[r:HELD_POST]->(post) RETURN post.name AS post, r.set AS set'],
  ['CALL db.labels() YIELD label RETURN label ORDER BY label'],
  ["CALL db.index.fulltext.queryNodes('kg_search', 'lam') YIELD node RETURN node.name AS name LIMIT 1"],
  ['MATCH (n:`Person`) WHERE n.name CONTAINS "CREATE" OR n.name = \'LOAD CSV\' RETURN count(n) AS n'],
  ['EXPLAIN MATCH (n) RETURN n'],
  ['MATCH (n) CALL (n) { RETURN n.key AS k } RETURN count(k) AS n'],
])('a read passes: %j', async (query) => {
  const r = await request(app).post('/api/query').send({ query, params: { name: 'Nguyễn Quốc Đoàn' } }).expect(200);
  expect(r.body.columns).toBeDefined();
});

test('a query that runs too long is stopped by the timeout (408), and a long result is capped', async () => {
  const slow = await request(app).post('/api/query').send({ query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n' });
  expect(slow.status).toBe(408);
  expect(slow.body.error.code).toBe('timeout');
  const many = await request(app).post('/api/query').send({ query: 'UNWIND range(1, 5000) AS x RETURN x' }).expect(200);
  expect(many.body.rows).toHaveLength(50);
  expect(many.body.truncated).toBe(true);
});

test('a query that needs too much memory is refused, and the server keeps answering', async () => {
  const big = await request(app).post('/api/query').send({ query: 'UNWIND range(1, 50000000) AS x RETURN collect(toString(x)) AS all' });
  expect([big.status, big.body.error.code]).toEqual([413, 'too-much-memory']);
  expect(big.body.error.message).not.toMatch(/at .*\.js:\d+/);
  await request(app).post('/api/query').send({ query: 'RETURN 1 AS one' }).expect(200);
}, 30_000);
