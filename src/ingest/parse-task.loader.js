// Entry of a parse worker when the code runs from TypeScript sources (tests, development): teaches require()
// to transpile .ts files with the project's own TypeScript, then loads the worker module. Compiled builds load
// dist/src/ingest/parse-task.js directly and never use this file.
const fs = require('node:fs');
const ts = require('typescript');
const { workerData } = require('piscina');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, experimentalDecorators: true, emitDecoratorMetadata: true },
  });
  module._compile(outputText, filename);
};

module.exports = require(workerData.target);
