/** Plain HTTP calls to a listening test server, returning status, headers, raw text and parsed JSON. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  ms: number;
}

export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let json: HttpAnswer['json'] = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json, ms: performance.now() - started };
}

export function postGraphQL(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return post(`${base}/graphql`, JSON.stringify({ query, variables }), headers);
}

export async function get(url: string): Promise<HttpAnswer & { ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  let json: HttpAnswer['json'] = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json, ms: performance.now() - started };
}
