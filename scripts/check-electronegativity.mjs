// Fails when Electronegativity reports a check that docs/electronegativity.md does not explain.
// Usage: node scripts/check-electronegativity.mjs <results.sarif> <explanations.md>
// (SARIF, not CSV: Electronegativity 1.10's CSV writer mangles rows whose sample holds quotes, like a CSP.)
import { readFileSync } from 'node:fs';

const [sarifFile, docFile] = process.argv.slice(2);
if (!sarifFile || !docFile) throw new Error('usage: check-electronegativity.mjs <results.sarif> <explanations.md>');
const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs.flatMap((run) => run.results);
const found = results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A';
  return { id: r.ruleId, where };
});
const explained = new Set([...readFileSync(docFile, 'utf8').matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]));
for (const f of found)
  console.log(`electronegativity: ${f.id} in ${f.where}${explained.has(f.id) ? ' (explained)' : ''}`);
const unexplained = [...new Set(found.map((f) => f.id))].filter((id) => !explained.has(id));
console.log(`electronegativity: ${found.length} finding(s), ${unexplained.length} not explained in ${docFile}`);
if (unexplained.length > 0) process.exit(1);
