// Validates Chancery's OpenAPI document with @apidevtools/swagger-parser (schema of the
// OpenAPI specification, $ref resolution, operationId uniqueness, path parameters).
// Usage: node openapi-validate.cjs <url of /api/openapi.json>
// Prints {"valid": true, "openapi": ..., "operations": [...]} or {"valid": false, "error": ...}.
'use strict';
const SwaggerParser = require('@apidevtools/swagger-parser');

async function main() {
  const url = process.argv[2];
  if (!url) {
    throw new Error('usage: node openapi-validate.cjs <url>');
  }
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error('HTTP ' + response.status + ' for ' + url);
  }
  const doc = await response.json();
  // validate() dereferences in place: give it a copy, report from the original
  await SwaggerParser.validate(structuredClone(doc));
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) {
        operations.push(method.toUpperCase() + ' ' + path);
      }
    }
  }
  return {valid: true, openapi: doc.openapi, server: doc.servers[0].url, operations};
}

main().then(
  (out) => process.stdout.write(JSON.stringify(out) + '\n'),
  (err) => {
    process.stdout.write(JSON.stringify({valid: false, error: String(err && err.message || err)}) + '\n');
    process.exitCode = 1;
  });
