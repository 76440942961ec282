#!/usr/bin/env node
// Parses a citation file with citation-js and prints what it read as CSL-JSON, so the
// Java integration tests can compare it with the record.
// Usage: node citation-parse.cjs bibtex|ris|csl-json [FILE]   (standard input without FILE)
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

// Name the input type, so a file citation-js would not recognise fails instead of being
// read as something else.
const TYPES = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' };

const [format, file] = process.argv.slice(2);
if (!TYPES[format]) {
  console.error(`usage: citation-parse.cjs ${Object.keys(TYPES).join('|')} [FILE]`);
  process.exit(2);
}
let text = fs.readFileSync(file || 0, 'utf8');
let input = text;
if (format === 'csl-json') {
  input = JSON.parse(text);
}
try {
  const items = new Cite(input, { forceType: TYPES[format] }).data.map((item) => {
    const copy = { ...item };
    delete copy._graph;
    return copy;
  });
  if (items.length === 0) {
    throw new Error('citation-js read no item');
  }
  process.stdout.write(JSON.stringify(items, null, 2) + '\n');
} catch (e) {
  console.error(`citation-js could not read the ${format}: ${e.message}`);
  process.exit(1);
}
