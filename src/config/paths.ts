/** The project's root folder (the one with package.json), whether code runs from src (ts-jest) or dist. */
import fs from 'node:fs';
import path from 'node:path';

let root: string | undefined;

export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  root = dir;
  return dir;
}

export const fromRoot = (...parts: string[]): string => path.join(projectRoot(), ...parts);
