#!/usr/bin/env node
// Writes a deterministic synthetic course for benchmarks: same seed, modules, sections, headings, code
// blocks, tables and lists as the reference generator the Starlight figures in DESIGN.md were measured with.
// usage: node scripts/gen-lessons.mjs --pages 1000 --out .bench/course
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pages = Number(arg('pages', 100));
const out = arg('out', '.bench/course');

// Linear congruential generator: the same sequence as the reference, so the text is identical.
let state = 42;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];

const vocabulary = (
  'container kubernetes pod deployment cluster node scheduler replica service ingress volume image registry ' +
  'pipeline artifact experiment metric parameter model registry lineage dataset feature drift latency throughput ' +
  'autoscaling lease reservation instance network subnet router floating security group bucket object storage ' +
  'database warehouse lakehouse stream batch orchestration workflow task operator sensor schedule backfill retry ' +
  'monitoring tracing logging alert dashboard prometheus grafana rollout canary shadow rollback version commit branch ' +
  'terraform ansible configuration idempotent declarative imperative fairness bias consent license privacy synthetic'
).split(' ');
const modules = ['foundations', 'cloud', 'devops', 'data', 'training', 'serving', 'operations', 'agents'];
const snippets = [
  '```python\nimport mlflow\n\nwith mlflow.start_run():\n    mlflow.log_param("lr", 0.01)\n    mlflow.log_metric("val_loss", 0.42)\n```',
  '```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: model-server\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/example/model:1.4.2\n```',
  '```bash\nkubectl get pods -n serving\nkubectl rollout status deployment/model-server\n```',
  '```dockerfile\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app/ /app\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n```',
];

const sentence = () => {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(vocabulary));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
const table = () =>
  '| Aspect | Option A | Option B |\n| --- | --- | --- |\n' +
  Array.from(
    { length: 4 },
    () => `| ${pick(vocabulary)} | ${pick(vocabulary)} ${pick(vocabulary)} | ${pick(vocabulary)} ${pick(vocabulary)} |`,
  ).join('\n');
const slugOf = (i) => `lesson-${String(i).padStart(4, '0')}`;

rmSync(out, { recursive: true, force: true });
for (let i = 0; i < pages; i++) {
  const module = modules[i % modules.length];
  const title = `${pick(vocabulary)} ${pick(vocabulary)} ${pick(vocabulary)}`.replace(/^./, (c) => c.toUpperCase()) + ` (${i})`;
  const description = sentence();
  const next = (i + 1) % pages;
  const body = [];
  for (let s = 0; s < 5; s++) {
    body.push(`## ${pick(vocabulary)} ${pick(vocabulary)} ${s}`, paragraph(), paragraph());
    body.push(`### ${pick(vocabulary)} detail ${s}`, paragraph(), `- ${sentence()}\n- ${sentence()}\n- ${sentence()}`);
    if (s % 2 === 0) body.push(pick(snippets));
    if (s === 3) body.push(table());
  }
  body.push(`See also [the next lesson](/${modules[next % modules.length]}/${slugOf(next)}/).`);
  const dir = join(out, 'lessons', module);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${slugOf(i)}.mdx`),
    `---\ntitle: "${title}"\ndescription: "${description}"\norder: ${i}\n---\n\n${body.join('\n\n')}\n`,
  );
}
writeFileSync(
  join(out, 'course.yaml'),
  'title: Synthetic benchmark course\ndescription: Generated lessons for build and search benchmarks.\ninstructor: Nobody\n',
);
writeFileSync(
  join(out, 'modules.yaml'),
  modules.map((m, k) => `- id: ${m}\n  title: Module ${k + 1} ${m}\n  summary: ${sentence()}\n`).join(''),
);
console.log(`wrote ${pages} lessons to ${out}`);
