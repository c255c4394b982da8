/**
 * /explorer: the class-family explorer page (static files in src/explorer/public) and Cytoscape.js served
 * from node_modules, so the page works offline and never loads code from a CDN.
 */
import express, { type Express } from 'express';
import { fromRoot } from '../config/paths';

export const EXPLORER_DIR = fromRoot('src/explorer/public');

export function explorerRoutes(): (app: Express) => void {
  const cytoscapeFile = require.resolve('cytoscape/dist/cytoscape.min.js');
  return (app) => {
    app.get('/explorer/vendor/cytoscape.min.js', (_req, res) => {
      res.type('application/javascript').sendFile(cytoscapeFile);
    });
    app.use('/explorer', express.static(EXPLORER_DIR, { index: 'index.html', fallthrough: true }));
  };
}
