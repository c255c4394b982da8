/**
 * GET /export/<scope>/<id>.<format>[?hops=1..3&maxNodes=n]: a class family as a file for graph tools.
 * scope: series | family (job family) | jurisdiction | class; format: graphml | cyjs | json | nodes.csv |
 * edges.csv. Errors are JSON: 404 unknown id, 400 bad format or parameter, 503/504 database trouble.
 */
import type { Express, Request, Response } from 'express';
import type { Executor } from '../db/executor';
import type { Logger } from '../observability/logger';
import { isAppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';
import { exportFileName, FORMAT_NAMES, splitFileName } from '../export/formats';
import { FamilyRepository } from '../repositories/family.repository';
import { FamilyService, type FamilyScopeArgs } from '../services/family.service';
import { DEFAULT_QUERY_TIMEOUT_MS } from './context';

const SCOPE_PARAM: Record<string, keyof FamilyScopeArgs> = {
  series: 'seriesId',
  family: 'jobFamilyId',
  jurisdiction: 'jurisdictionId',
  class: 'classId',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

export function exportRoutes(executor: Executor, options: { queryTimeoutMs?: number; logger?: Logger } = {}): (app: Express) => void {
  return (app) => {
    app.get('/export/:scope/:file', async (req: Request, res: Response) => {
      const field = SCOPE_PARAM[String(req.params.scope)];
      if (!field) return fail(res, 404, ErrorCode.NOT_FOUND, `No export scope "${req.params.scope}"; use ${Object.keys(SCOPE_PARAM).join(', ')}`);
      const parsed = splitFileName(String(req.params.file));
      if (!parsed) return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Unknown export format in "${req.params.file}"; use <id>.${FORMAT_NAMES.join(' | ')}`);
      const hops = intParam(req.query.hops, 1);
      const maxNodes = intParam(req.query.maxNodes, 500);
      if (hops === null) return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'hops must be an integer');
      if (maxNodes === null) return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'maxNodes must be an integer');
      try {
        // A fresh service per request, like the GraphQL context: nothing is kept between requests.
        const service = new FamilyService(new FamilyRepository(executor, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS));
        const graph = await service.classFamily({ [field]: parsed.id, hops }, maxNodes);
        res
          .status(200)
          .attachment(exportFileName(parsed.id, parsed.format))
          .type(parsed.format.contentType)
          .setHeader('X-Subgraph-Truncated', String(graph.truncated));
        res.send(parsed.format.render(graph, parsed.id));
      } catch (error) {
        if (isAppError(error)) return fail(res, STATUS[error.code] ?? 500, error.code, error.message);
        options.logger?.error({ err: error, path: req.path }, 'export failed');
        return fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Export failed');
      }
    });
  };
}

function intParam(value: unknown, fallback: number): number | null {
  if (value === undefined || value === '') return fallback;
  return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : null;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
