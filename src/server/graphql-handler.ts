/**
 * /graphql as one handler that reads the JSON body itself and hands the request to Apollo. It replaces
 * express.json() + expressMiddleware: body-parser's content-type, charset and inflate machinery and res.send's
 * ETag (a SHA-1 of every answer) were most of the cost of a trivial query. Behaviour is Apollo's own
 * (executeHTTPGraphQLRequest), so status codes and errors are unchanged; a body that is not JSON is a 400 and
 * one over the size limit a 413, both with a JSON error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

export interface GraphqlHandlerOptions<C extends BaseContext> {
  context: (req: IncomingMessage) => Promise<C>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Node's own request and response are all it uses, so it runs with or without Express in front. */
export function graphqlHandler<C extends BaseContext>(apollo: ApolloServer<C>, options: GraphqlHandlerOptions<C>): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJsonBody(req, options.maxBodyBytes) : undefined;
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      if (status === 413) {
        // The rest of the body is not read: close the connection once the answer is out.
        res.setHeader('connection', 'close');
        res.on('finish', () => req.socket.end());
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const queryAt = req.url?.indexOf('?') ?? -1;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: queryAt >= 0 ? req.url!.slice(queryAt) : '', body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The parsed JSON body, or undefined when it is not JSON (Apollo then answers 400 naming the content type). */
function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const isJson = /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
  const tooLarge = () => new BodyError(413, `The request body is larger than the ${Math.round(maxBytes / 1048576)} MB limit`);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // A declared length over the limit is refused before any byte is read.
    if (Number(req.headers['content-length']) > maxBytes) return reject(tooLarge());
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Nothing more is kept; the answer is sent first and the connection closed after it (see below), so the
        // client reads a 413 instead of a reset.
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (!isJson) return resolve(undefined);
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(new BodyError(400, `The request body is not valid JSON: ${(error as Error).message}`));
      }
    });
  });
}
