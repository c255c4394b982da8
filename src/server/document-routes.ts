/**
 * GET /documents/view?id=<document id>&start=<offset>&end=<offset>: the stored text of a document with the cited
passage marked (links end in #passage, so the browser scrolls to it; the explorer links every fact's provenance here, and to the original's URL when
 * the manifest gave one). All text is escaped; nothing from the document is run as HTML.
 */
import type { Express, Request, Response } from 'express';
import type { Executor } from '../db/executor';
import { SourceDocumentRepository } from '../repositories/source-document.repository';

export function documentRoutes(executor: Executor): (app: Express) => void {
  const repo = new SourceDocumentRepository(executor);
  return (app) => {
    app.get('/documents/view', async (req: Request, res: Response) => {
      const id = typeof req.query.id === 'string' ? req.query.id : '';
      if (!id) return void res.status(400).type('text/plain').send('Give the document id: /documents/view?id=doc:<key>&start=<n>&end=<n>');
      try {
        const doc = await repo.withText(id);
        if (!doc) return void res.status(404).type('text/plain').send(`No document "${id}"`);
        const start = clamp(req.query.start, 0, doc.text.length);
        const end = Math.max(start, clamp(req.query.end, start, doc.text.length));
        res.type('html').send(page(doc, start, end));
      } catch {
        res.status(503).type('text/plain').send('The graph database is unavailable');
      }
    });
  };
}

function clamp(value: unknown, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(doc: { fileName: string; format: string; url?: string | null; sha256: string; text: string }, start: number, end: number): string {
  const original = doc.url ? `<a href="${escape(doc.url)}" rel="noopener">${escape(doc.url)}</a>` : 'no URL given';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.fileName)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:1.5rem}pre{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace}mark{background:#ffe08a}</style></head>
<body><h1>${escape(doc.fileName)}</h1><p>${escape(doc.format)} · sha256 ${escape(doc.sha256)} · original: ${original} · characters ${start}–${end}</p>
<pre>${escape(doc.text.slice(0, start))}<mark id="passage" data-testid="passage">${escape(doc.text.slice(start, end))}</mark>${escape(doc.text.slice(end))}</pre></body></html>`;
}
