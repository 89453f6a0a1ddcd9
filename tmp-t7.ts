import { readFileSync } from 'node:fs';
import { readBibtex } from './src/lib/import/bibtex.ts';
console.log(JSON.stringify(readBibtex(readFileSync(process.argv[2], 'utf8')), null, 1));
