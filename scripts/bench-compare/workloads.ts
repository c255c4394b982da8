/**
 * The compared workloads: for each contender, the HTTP request that asks for the data and a function that turns
 * its answer into one canonical shape (lists sorted by id), so `bench:compare` can check that all contenders
 * return the same data before it times them.
 */
import type { Role } from './serve';

export interface HttpRequest {
  path: string;
  body: string;
}

/** Canonical data; compared with JSON.stringify. */
type Canonical = unknown;

export interface Workload<I> {
  name: string;
  /** Concurrent connections autocannon keeps open. */
  connections: number;
  contenders: Partial<Record<Role, { request: (input: I) => HttpRequest; canonical: (body: unknown) => Canonical }>>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const gql = (path: string, query: string, variables: Record<string, unknown> = {}): HttpRequest => ({ path, body: JSON.stringify({ query, variables }) });
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function dataOf(body: unknown): Json {
  const b = body as Json;
  if (b.errors || b.error) throw new Error(`error answer: ${JSON.stringify(b.errors ?? b.error).slice(0, 300)}`);
  return b.data;
}

interface SeriesView { id: string; title: string; levels: { id: string; title: string; competencies: { id: string; name: string; requiredBy?: { id: string; title: string }[] }[] }[] }
interface ClassView { id: string; title: string; series: SeriesView[] }
function canonicalSeries(list: SeriesView[]) {
  return list
    .map((s) => ({
      id: s.id,
      title: s.title,
      levels: s.levels
        .map((l) => ({
          id: l.id,
          title: l.title,
          competencies: [...new Map(l.competencies.map((k) => [k.id, { id: k.id, name: k.name, requiredBy: k.requiredBy?.map((o) => ({ id: o.id, title: o.title })).sort(byId) }])).values()].sort(byId),
        }))
        .sort(byId),
    }))
    .sort(byId);
}
const canonicalClasses = (list: ClassView[]): Canonical => list.map((c) => ({ id: c.id, title: c.title, series: canonicalSeries(c.series) })).sort(byId);

/** Where a page of the nested read starts: an employer and the id the page comes after. */
export interface PageStart {
  jurisdictionId: string;
  after: string;
}

/**
 * A page of 20 of an employer's classes -> their series -> its levels -> competencies -> the first `limit`
 * classes requiring each, by id (null: stop at the competencies). Unlimited lists of classes requiring a
 * competency run to 5 MB per answer at 20k classes, which measures JSON transfer, not the servers.
 */
export function nestedRead(limit: number | null): Workload<PageStart> {
  const ourCompetency = limit === null ? 'id name' : `id name requiredBy(first: ${limit}) { id title }`;
  const peerCompetency = limit === null ? 'id name' : `id name requiredBy(limit: ${limit}, sort: [{ id: ASC }]) { id title }`;
  const seriesSelection = (competency: string) => `id title levels { id title competencies { ${competency} } }`;
  return {
    name: limit === null ? 'nested read, 4 levels (classes > series > levels > competencies)' : `nested read, 5 levels (... > first ${limit} classes requiring each competency)`,
    connections: 10,
    contenders: {
      ours: {
        request: ({ jurisdictionId, after }) =>
          gql(
            '/graphql',
            `query($j: ID!, $after: String) { jobClasses(first: 20, after: $after, filter: { jurisdictionId: $j }) { edges { node { id title series { ${seriesSelection(`competency { ${ourCompetency} }`)} } } } } }`,
            { j: jurisdictionId, after: Buffer.from(`c:${after}`, 'utf8').toString('base64url') },
          ),
        canonical: (body) =>
          canonicalClasses(
            dataOf(body).jobClasses.edges.map(({ node }: Json): ClassView => ({
              id: node.id,
              title: node.title,
              series: node.series ? [{ ...node.series, levels: node.series.levels.map((l: Json) => ({ ...l, competencies: l.competencies.map((r: Json) => r.competency) })) }] : [],
            })),
          ),
      },
      'neo4j-graphql': {
        request: ({ jurisdictionId, after }) =>
          gql(
            '/',
            `query($j: String!, $after: String!) { jobClasses(where: { jurisdictionId: { eq: $j }, id: { gt: $after } }, sort: [{ id: ASC }], limit: 20) { id title series { ${seriesSelection(peerCompetency)} } } }`,
            { j: jurisdictionId, after },
          ),
        canonical: (body) => canonicalClasses(dataOf(body).jobClasses),
      },
      'bare-driver': {
        request: (start) => (limit === null ? { path: '/nested-shallow', body: JSON.stringify(start) } : { path: '/nested', body: JSON.stringify({ ...start, limit }) }),
        canonical: (body) => canonicalClasses(dataOf(body) as unknown as ClassView[]),
      },
    },
  };
}

/** `{ __typename }`: the cost of the HTTP and GraphQL layers alone. */
export const trivialQuery: Workload<null> = {
  name: 'trivial { __typename }',
  connections: 10,
  contenders: {
    ours: { request: () => gql('/graphql', '{ __typename }'), canonical: dataOf },
    'bare-apollo': { request: () => gql('/', '{ __typename }'), canonical: dataOf },
    'neo4j-graphql': { request: () => gql('/', '{ __typename }'), canonical: dataOf },
  },
};

export interface PathPair {
  from: string;
  to: string;
}
interface PathView { nodeIds: string[]; steps: { from: string; to: string; edges: Json[] }[] }
const edgeKey = (e: Json) => JSON.stringify([e.basis, e.inferred, e.monthsExperience ?? null, e.statement ?? null]);
function canonicalPaths(paths: PathView[]): Canonical {
  return paths
    .map((p) => ({ nodeIds: p.nodeIds, steps: p.steps.map((s) => ({ from: s.from, to: s.to, edges: s.edges.map(edgeKey).sort() })) }))
    .sort((a, b) => a.nodeIds.length - b.nodeIds.length || a.nodeIds.join('>').localeCompare(b.nodeIds.join('>')));
}

/** Promotion paths (up to `limit`, at most `maxSteps` steps) with every step's cited edges. */
export function promotionPaths(name: string, maxSteps: number, limit: number): Workload<PathPair> {
  return {
    name,
    connections: 1,
    contenders: {
      ours: {
        request: ({ from, to }) =>
          gql('/graphql', `query($f: ID!, $t: ID!) { promotionPaths(from: $f, to: $t, maxSteps: ${maxSteps}, limit: ${limit}) { found paths { steps { from { id } to { id } edges { basis inferred monthsExperience statement } } } } }`, { f: from, t: to }),
        canonical: (body) =>
          canonicalPaths(
            dataOf(body).promotionPaths.paths.map((p: Json) => ({
              nodeIds: [p.steps[0].from.id, ...p.steps.map((s: Json) => s.to.id)],
              steps: p.steps.map((s: Json) => ({ from: s.from.id, to: s.to.id, edges: s.edges })),
            })),
          ),
      },
      'neo4j-graphql': {
        request: ({ from, to }) => gql('/', `query($f: ID!, $t: ID!) { promotionPaths(from: $f, to: $t, maxSteps: ${maxSteps}, limit: ${limit}) { nodeIds steps { from to edges { basis inferred monthsExperience statement } } } }`, { f: from, t: to }),
        canonical: (body) => canonicalPaths(dataOf(body).promotionPaths),
      },
      'bare-driver': {
        request: (pair) => ({ path: '/paths', body: JSON.stringify({ ...pair, maxSteps, limit }) }),
        canonical: (body) => canonicalPaths(dataOf(body) as unknown as PathView[]),
      },
    },
  };
}
