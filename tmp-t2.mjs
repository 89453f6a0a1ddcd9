import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
const lib = parse(readFileSync(process.argv[2], 'utf8'), { sentenceCase: false });
console.log(JSON.stringify({errors: lib.errors, entries: lib.entries.map(e => [e.key, e.fields])}, null, 1));
