// The running example works as a whole, without a site build: examples/food11's Python tests pass, and its
// Dockerfile, Compose file, Kubernetes manifests, Prometheus rules and GitHub workflow are valid and agree
// with the code (ports, paths, metric names, the image, the user). Every check fails when its subject breaks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CHECKERS } from '../../src/lib/code-blocks';
import { readIncluded } from '../../src/lib/includes';

// @actions/workflow-parser imports its JSON schema without `with { type: 'json' }`, which Node refuses;
// serve that file as a JavaScript module instead (this process only, that package only).
registerHooks({
  load(url, context, nextLoad) {
    if (/\/@actions\/workflow-parser\/dist\/[\w.-]+\.json$/.test(url)) {
      const source = `export default ${readFileSync(fileURLToPath(url), 'utf8')}`;
      return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');

const FOOD11 = 'examples/food11';
const PYTHON = '/usr/bin/python3'; // Debian's Python, where the packages below live (not a pyenv one)
const DEBIAN_PACKAGES =
  'python3 python3-pytest python3-numpy python3-pil python3-fastapi python3-httpx python3-multipart ' +
  'python3-prometheus-client python3-torch python3-torchvision python3-onnx python3-yaml';
type Obj = Record<string, any>;
const read = (path: string) => readFileSync(join(FOOD11, path), 'utf8');
const yaml = (path: string) => parseYaml(read(path)) as Obj;

function python(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing. Install: apt-get install ${DEBIAN_PACKAGES}`);
  const r = spawnSync(PYTHON, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 540_000 });
  if (r.error) throw r.error;
  return r;
}

describe('examples/food11: the Python code', () => {
  it('passes its pytest suite; only MLflow, ONNX Runtime and Airflow tests may skip', { timeout: 600_000 }, () => {
    const modules = 'pytest, numpy, PIL, fastapi, httpx, multipart, prometheus_client, torch, torchvision, onnx, yaml';
    const check = python(['-c', `import ${modules}`]);
    if (check.status !== 0)
      throw new Error(`${check.stderr.trim()}\nThe example's tests need: apt-get install ${DEBIAN_PACKAGES}`);

    // No __pycache__ or .pytest_cache left in the repository.
    const r = python(['-m', 'pytest', '-q', '-rs', '-p', 'no:cacheprovider', `${FOOD11}/tests`], {
      PYTHONDONTWRITEBYTECODE: '1',
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status, out).toBe(0);
    expect(Number(/(\d+) passed/.exec(out)?.[1] ?? 0), out).toBeGreaterThanOrEqual(50);
    const skips = [...out.matchAll(/^SKIPPED \[\d+\] ([^:]+:\d+): (.*)$/gm)];
    for (const [, where, reason] of skips) expect(reason, where).toMatch(/mlflow|onnxruntime|apache-airflow/);
  });

  it('compiles every .py file under examples/ in one process', () => {
    const files = readdirSync('examples', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.py') && !e.parentPath.includes('node_modules'))
      .map((e) => join(e.parentPath, e.name));
    expect(files).toContain(join(FOOD11, 'dags', 'food11_retrain.py'));
    const cache = mkdtempSync(join(tmpdir(), 'pycache-')); // .pyc files go here, not into the repository
    try {
      const r = python(['-m', 'py_compile', ...files], { PYTHONPYCACHEPREFIX: cache });
      expect(r.status, r.stderr).toBe(0);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  // The layout table of the lesson brief: lessons include these regions, so they must exist and parse alone.
  const REGIONS: Record<string, string[]> = {
    'food11/preprocess.py': ['preprocess'],
    'food11/model.py': ['session', 'predict'],
    'food11/app.py': ['predict', 'healthz', 'metrics'],
    'train.py': ['model', 'train-loop', 'mlflow', 'export'],
    'evaluate.py': ['compare', 'promote'],
    'check_batch.py': ['checks'],
    'dags/food11_retrain.py': ['dag'],
  };
  for (const [file, regions] of Object.entries(REGIONS))
    it(`${file} has the regions ${regions.join(', ')}, each valid Python on its own`, () => {
      for (const region of regions) {
        const code = readIncluded({ file: `${FOOD11}/${file}`, region });
        expect(code.trim(), region).not.toBe('');
        expect(CHECKERS.python!(code), `${file} region ${region}`).toBeUndefined();
      }
    });

  it('pins every requirement exactly; training installs the serving pins too', () => {
    for (const file of ['requirements.txt', 'requirements-train.txt']) {
      const lines = read(file)
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter((l) => l && !l.startsWith('#') && !l.startsWith('-r '));
      for (const line of lines) expect(line, file).toMatch(/^[A-Za-z0-9_.-]+==\d+(\.\d+)+$/);
    }
    const names = (file: string) => read(file).match(/^[a-z0-9-]+(?===)/gm) ?? [];
    expect(names('requirements.txt')).toEqual(
      expect.arrayContaining(['fastapi', 'uvicorn', 'onnxruntime', 'numpy', 'pillow', 'prometheus-client', 'python-multipart']),
    );
    expect(names('requirements-train.txt')).toEqual(expect.arrayContaining(['torch', 'torchvision', 'mlflow', 'onnx']));
    expect(read('requirements-train.txt')).toMatch(/^-r requirements\.txt$/m);
    expect(read('requirements-train.txt')).toMatch(/^mlflow==3\./m);
  });
});

describe('examples/food11: the container', () => {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'));
  const instructions = dockerfile.getInstructions();
  const args = (keyword: string) =>
    instructions.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

  it('builds FROM a pinned slim Python 3.12+ image, never latest', () => {
    const froms = dockerfile.getFROMs();
    expect(froms).toHaveLength(1);
    expect(froms[0]!.getImageName()).toBe('python');
    const tag = froms[0]!.getImageTag() ?? '';
    expect(tag).toMatch(/^3\.(1[2-9])\.\d+-slim(-\w+)?$/); // major.minor.patch: a version, not "latest"
    expect(CHECKERS.dockerfile!(read('Dockerfile'))).toBeUndefined();
  });

  it('installs requirements before copying the code, so code edits reuse the dependency layer', () => {
    const order = instructions.map((i) => `${i.getKeyword()} ${i.getArgumentsContent()}`);
    const at = (re: RegExp) => order.findIndex((l) => re.test(l));
    expect(at(/^COPY requirements\.txt/)).toBeGreaterThan(-1);
    expect(at(/^COPY requirements\.txt/)).toBeLessThan(at(/^RUN pip install -r requirements\.txt/));
    expect(at(/^RUN pip install/)).toBeLessThan(at(/^COPY food11/));
  });

  it('runs as a non-root user, exposes 8000, checks /healthz and serves on 0.0.0.0:8000', () => {
    const user = args('USER').at(-1) ?? 'root';
    expect(user.split(':')[0]).not.toMatch(/^(root|0)$/);
    expect(args('EXPOSE')).toEqual(['8000']);
    expect(args('HEALTHCHECK').join(' ')).toContain('http://127.0.0.1:8000/healthz');
    const cmd = JSON.parse(args('CMD').at(-1)!) as string[];
    expect(cmd.slice(0, 2)).toEqual(['uvicorn', 'food11.app:app']);
    expect(cmd.join(' ')).toContain('--host 0.0.0.0 --port 8000');
    expect(args('ENV').join(' ')).toMatch(/MODEL_PATH=\S+/);
  });

  it('sends the build only requirements.txt and the food11 package (.dockerignore allow-list)', () => {
    const lines = read('.dockerignore')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines[0]).toBe('*');
    expect(lines).toEqual(expect.arrayContaining(['!requirements.txt', '!food11/']));
    expect(read('Dockerfile')).toMatch(/^COPY food11\/ food11\/$/m);
  });
});

describe('examples/food11: Compose', () => {
  const compose = yaml('compose.yaml');
  const services = compose.services as Obj;

  it('runs food11-api on 8000 with the model file mounted at MODEL_PATH and a /healthz healthcheck', () => {
    const api = services['food11-api'];
    expect(api.build).toBe('.');
    expect(api.ports).toContain('8000:8000');
    const mount = (api.volumes as string[]).find((v) => v.startsWith('./food11.onnx:'))!;
    expect(mount.split(':')[1]).toBe(api.environment.MODEL_PATH);
    expect(api.healthcheck.test.join(' ')).toContain(':8000/healthz');
  });

  it('runs MLflow on PostgreSQL and starts it only once the database is healthy', () => {
    expect(services.postgres.image).toMatch(/^postgres:\d+(\.\d+)?-/);
    expect(services.postgres.healthcheck.test).toContain('pg_isready');
    expect(services.mlflow.build.dockerfile_inline).toMatch(/^FROM ghcr\.io\/mlflow\/mlflow:v3\.\d+\.\d+$/m);
    expect(services.mlflow.command).toMatch(/--backend-store-uri postgresql(\+psycopg2)?:\/\/\S+@postgres:5432\//);
    expect(services.mlflow.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('only waits for services that have a healthcheck, and pins every image tag', () => {
    for (const [name, service] of Object.entries(services) as [string, Obj][]) {
      for (const [dependency, rule] of Object.entries(service.depends_on ?? {}) as [string, Obj][]) {
        expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
        if (rule.condition === 'service_healthy') expect(services[dependency].healthcheck, dependency).toBeDefined();
      }
      if (service.image && !service.build) expect(service.image, name).toMatch(/:v?\d+(\.\d+)+/);
      for (const volume of (service.volumes ?? []) as string[])
        if (volume.startsWith('./') && !volume.startsWith('./food11.onnx'))
          expect(existsSync(join(FOOD11, volume.split(':')[0]!)), volume).toBe(true);
    }
  });
});

/** The series prometheus_client exposes for each metric food11/app.py declares. */
function exportedMetrics(): Set<string> {
  const exported = new Set<string>();
  for (const [, kind, name] of read('food11/app.py').matchAll(/\b(Counter|Histogram|Gauge|Info|Summary)\(\s*"(\w+)"/g)) {
    const base = name!.replace(/_total$/, '');
    if (kind === 'Counter') exported.add(`${base}_total`);
    if (kind === 'Gauge') exported.add(name!);
    if (kind === 'Info') exported.add(`${name}_info`);
    if (kind === 'Histogram' || kind === 'Summary')
      for (const suffix of ['_bucket', '_sum', '_count']) exported.add(`${name}${suffix}`);
  }
  return exported;
}

describe('examples/food11: monitoring', () => {
  const app = read('food11/app.py');
  const exported = exportedMetrics();

  it('scrapes food11-api:8000/metrics and loads the alert rules next to it', () => {
    const prometheus = yaml('monitoring/prometheus.yml');
    const job = (prometheus.scrape_configs as Obj[]).find((j) => j.job_name === 'food11-api')!;
    expect(job.metrics_path ?? '/metrics').toBe('/metrics');
    expect(job.static_configs[0].targets).toEqual(['food11-api:8000']);
    expect(app).toMatch(/@app\.get\("\/metrics"\)/);
    for (const file of prometheus.rule_files as string[]) expect(existsSync(join(FOOD11, 'monitoring', file))).toBe(true);
  });

  it('alerts only on metrics the app exports: p95 latency from the histogram, drift from confidence', () => {
    const rules = (yaml('monitoring/alerts.yml').groups as Obj[]).flatMap((g) => g.rules as Obj[]);
    expect(exported.size).toBeGreaterThanOrEqual(8);
    for (const rule of rules) {
      expect(rule.alert, JSON.stringify(rule)).toMatch(/^Food11\w+$/);
      expect(rule.labels?.severity, rule.alert).toBeTruthy();
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      for (const [metric] of (rule.expr as string).matchAll(/\bfood11_\w+/g))
        expect([...exported], `${rule.alert} uses ${metric}`).toContain(metric);
    }
    const expr = (name: string) => rules.find((r) => r.alert === name)?.expr as string;
    expect(expr('Food11HighLatencyP95')).toMatch(/histogram_quantile\(0\.95,.*food11_predict_latency_seconds_bucket/);
    expect(expr('Food11LowConfidenceDrift')).toContain('food11_prediction_confidence_bucket{le="0.5"}');
    expect(app).toMatch(/buckets=\([^)]*\b0\.5\b/); // ... so the le="0.5" bucket exists
  });
});

describe('examples/food11: Kubernetes', () => {
  const deployment = yaml('k8s/deployment.yaml');
  const service = yaml('k8s/service.yaml');
  const hpa = yaml('k8s/hpa.yaml');
  const pod = deployment.spec.template.spec as Obj;
  const container = (pod.containers as Obj[]).find((c) => c.name === 'food11-api')!;

  it('has manifests that validate against the Kubernetes schemas', () => {
    expect(() => new Deployment(deployment as any).validate()).not.toThrow();
    expect(() => new Service(service as any).validate()).not.toThrow();
    expect(() => new HorizontalPodAutoscaler(hpa as any).validate()).not.toThrow();
  });

  it('leaves the replica count to the HPA: no spec.replicas in the Deployment', () => {
    expect(deployment.spec).not.toHaveProperty('replicas');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
    expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
  });

  it('probes /healthz on port 8000 and sets CPU and memory requests and limits', () => {
    const port = container.ports.find((p: Obj) => p.containerPort === 8000);
    expect(port).toBeDefined();
    for (const probe of [container.readinessProbe, container.livenessProbe]) {
      expect(probe.httpGet.path).toBe('/healthz');
      expect([8000, port.name]).toContain(probe.httpGet.port);
    }
    for (const kind of ['requests', 'limits']) expect(Object.keys(container.resources[kind]).sort()).toEqual(['cpu', 'memory']);
  });

  it('runs the GHCR image as the Dockerfile\'s non-root user, with the model where MODEL_PATH says', () => {
    expect(container.image).toBe('ghcr.io/OWNER/food11-api:1.0.0');
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(read('Dockerfile')).toMatch(new RegExp(`^USER ${pod.securityContext.runAsUser}\\b`, 'm'));
    expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
    const env = (c: Obj) => Object.fromEntries((c.env as Obj[]).map((e) => [e.name, e.value]));
    const init = (pod.initContainers as Obj[])[0]!;
    expect(env(init).MODEL_VERSION).toBe(env(container).MODEL_VERSION);
    const mount = (container.volumeMounts as Obj[]).find((m) => env(container).MODEL_PATH.startsWith(`${m.mountPath}/`));
    expect(mount, 'a volume holds MODEL_PATH').toBeDefined();
  });

  it('has a Service that selects the pods and targets their port 8000', () => {
    expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect([8000, 'http']).toContain(service.spec.ports[0].targetPort);
  });

  it('lists every manifest in kustomization.yaml and names the same image', () => {
    const kustomization = yaml('k8s/kustomization.yaml');
    for (const file of kustomization.resources as string[]) expect(existsSync(join(FOOD11, 'k8s', file)), file).toBe(true);
    expect(kustomization.images[0].name).toBe(container.image.split(':')[0]);
  });
});

describe('.github/workflows/food11.yml', () => {
  const content = readFileSync('.github/workflows/food11.yml', 'utf8');
  const workflow = parseYaml(content) as Obj;

  it('is a valid GitHub Actions workflow (the actions/languageservices parser finds no error)', async () => {
    const result = parseWorkflow({ name: 'food11.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.map((j) => j.id.value)).toEqual(['test', 'image']);
  });

  it('runs on pushes and pull requests that touch examples/food11', () => {
    expect(workflow.on.push.paths).toContain('examples/food11/**');
    expect(workflow.on.pull_request.paths).toContain('examples/food11/**');
  });

  it('reads by default and writes packages only in the job that pushes the image', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.test.permissions).toBeUndefined();
    expect(workflow.jobs.image.permissions).toEqual({ contents: 'read', 'packages': 'write' });
    expect(workflow.jobs.image.needs).toBe('test');
  });

  it('pins every action to a full commit SHA, with the release in a comment', () => {
    const uses = [...content.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const [, ref, comment] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/#\s*v\d+/);
    }
  });

  it('tests the example with pytest, then builds its folder as ghcr.io/<owner>/food11-api', () => {
    const run = (workflow.jobs.test.steps as Obj[]).map((s) => s.run ?? '').join('\n');
    expect(workflow.jobs.test.defaults.run['working-directory']).toBe('examples/food11');
    expect(run).toMatch(/pip install -r requirements-train\.txt/);
    expect(run).toMatch(/pytest .*tests/);
    const steps = workflow.jobs.image.steps as Obj[];
    const meta = steps.find((s) => s.uses?.startsWith('docker/metadata-action@'))!;
    expect(meta.with.images).toBe('ghcr.io/${{ github.repository_owner }}/food11-api');
    const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action@'))!;
    expect(build.with.context).toBe('examples/food11');
    expect(build.with.tags).toBe('${{ steps.meta.outputs.tags }}');
  });
});

// The monitoring lab's stack (Grafana provisioning, its dashboard, the Compose override) and the CI/CD lab's deploy
// workflow: each parses, and each agrees with the files it points at and with the metrics app.py exports.
describe('examples/food11: Grafana, the monitoring Compose file and the deploy workflow', () => {
  const exported = exportedMetrics();
  const PROMETHEUS_OWN = new Set(['up', 'ALERTS']); // series Prometheus writes itself, not the app
  const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset']);
  // Metric names in a PromQL expression: strip strings, matchers, ranges, label lists and Grafana's $__ variables,
  // then keep the identifiers that are not function calls or keywords.
  const metricsIn = (expr: string) => {
    const bare = expr
      .replace(/"(?:[^"\\]|\\.)*"/g, '""')
      .replace(/\{[^}]*\}/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '')
      .replace(/\$__\w+/g, '');
    return [...bare.matchAll(/[A-Za-z_:][\w:]*/g)]
      .filter((m) => !/^\s*\(/.test(bare.slice(m.index! + m[0].length)))
      .map((m) => m[0])
      .filter((word) => !KEYWORDS.has(word));
  };

  const datasources = yaml('monitoring/grafana/provisioning/datasources/prometheus.yaml').datasources as Obj[];
  const providers = yaml('monitoring/grafana/provisioning/dashboards/food11.yaml').providers as Obj[];
  const dashboard = JSON.parse(read('monitoring/grafana/dashboards/food11-api.json')) as Obj;
  const panels = dashboard.panels as Obj[];
  const exprs = panels.flatMap((p) => (p.targets as Obj[]).map((t) => t.expr as string));
  const compose = yaml('monitoring/compose.monitoring.yaml');
  const services = compose.services as Obj;
  // A bind mount as [source on the host, relative to examples/food11 (Compose resolves an override's paths from
  // the first file's folder), target in the container]; ${VAR:-default} becomes its default.
  const mounts = (service: Obj) =>
    ((service.volumes ?? []) as string[])
      .map((v) => v.replace(/\$\{\w+:-([^}]*)\}/g, '$1').split(':'))
      .filter(([source]) => source!.startsWith('./'))
      .map(([source, target]) => [join(FOOD11, source!), target!] as const);
  const hostPath = (service: Obj, target: string) => mounts(service).find(([, t]) => t === target)?.[0];

  it('provisions one Prometheus data source at the Compose service, and a file provider where Compose mounts the dashboards', () => {
    expect(datasources).toHaveLength(1);
    const ds = datasources[0]!;
    expect(ds.type).toBe('prometheus');
    const url = new URL(ds.url as string);
    expect(services[url.hostname], url.hostname).toBeDefined();
    expect(services.prometheus.ports.map((p: string) => p.split(':').at(-1))).toContain(url.port);
    const dashboards = hostPath(services.grafana, providers[0]!.options.path)!;
    expect(dashboards, 'the provider path is a mount').toBeDefined();
    expect(readdirSync(dashboards)).toContain('food11-api.json');
  });

  it('has a dashboard JSON that parses, with unique panel ids, every panel and query on the provisioned data source', () => {
    expect(dashboard.uid).toBe('food11-api');
    const ids = panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of panels) {
      expect(p.datasource, p.title).toEqual({ type: 'prometheus', uid: datasources[0]!.uid });
      for (const t of p.targets as Obj[]) expect(t.datasource?.uid ?? p.datasource.uid, p.title).toBe(datasources[0]!.uid);
    }
    const home = services.grafana.environment.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH as string;
    const dir = home.slice(0, home.lastIndexOf('/'));
    expect(existsSync(join(hostPath(services.grafana, dir)!, home.slice(dir.length + 1)))).toBe(true);
  });

  it('queries only metrics the app exports (and up and ALERTS): request rate, p50 and p95 latency, labels, confidence', () => {
    expect(exported.size).toBeGreaterThanOrEqual(8);
    for (const expr of exprs) {
      const names = metricsIn(expr);
      expect(names.length, expr).toBeGreaterThan(0);
      for (const name of names) expect([...exported, ...PROMETHEUS_OWN], `${expr} uses ${name}`).toContain(name);
    }
    const all = exprs.join('\n');
    expect(all).toMatch(/sum\(rate\(food11_predict_latency_seconds_count\[/);
    for (const q of ['0.5', '0.95'])
      expect(all).toContain(`histogram_quantile(${q}, sum by (le) (rate(food11_predict_latency_seconds_bucket[`);
    expect(all).toMatch(/sum by \(label\) \(rate\(food11_predictions_total\[/);
    expect(all).toContain('food11_prediction_confidence_bucket{le="0.5"}');
    expect(panels.some((p) => p.type === 'heatmap' && p.targets[0].expr.includes('food11_prediction_confidence_bucket'))).toBe(true);
  });

  it('compose.monitoring.yaml parses, pins its images, listens on 127.0.0.1 only and mounts files that exist', () => {
    expect(Object.keys(services).sort()).toEqual(['grafana', 'prometheus']);
    for (const [name, service] of Object.entries(services) as [string, Obj][]) {
      expect(service.image, name).toMatch(/:v?\d+(\.\d+){2}$/);
      for (const port of service.ports as string[]) expect(port, name).toMatch(/^127\.0\.0\.1:/);
      for (const [source] of mounts(service)) expect(existsSync(source), `${name} mounts ${source}`).toBe(true);
    }
    expect(services.prometheus.image).toBe(yaml('compose.yaml').services.prometheus.image); // one Prometheus version
    expect(services.prometheus.depends_on['food11-api'].condition).toBe('service_healthy');
  });

  it('mounts prometheus.yml, and the alert rules where its rule_files look for them', () => {
    const prometheus = services.prometheus;
    expect(hostPath(prometheus, '/etc/prometheus/prometheus.yml')).toBe(join(FOOD11, 'monitoring/prometheus.yml'));
    for (const file of yaml('monitoring/prometheus.yml').rule_files as string[])
      expect(hostPath(prometheus, `/etc/prometheus/${file}`), file).toBe(join(FOOD11, 'monitoring', file));
    for (const dir of ['datasources', 'dashboards'])
      expect(hostPath(services.grafana, `/etc/grafana/provisioning/${dir}`)).toBe(join(FOOD11, `monitoring/grafana/provisioning/${dir}`));
  });

  it('keeps alerts.yml as the monitoring lab shortens it: for: 10m only on latency, for: 30m and [1h] only on drift', () => {
    const rules = (yaml('monitoring/alerts.yml').groups as Obj[]).flatMap((g) => g.rules as Obj[]);
    const text = read('monitoring/alerts.yml');
    expect(text.match(/for: 10m/g)).toHaveLength(1);
    expect(text.match(/for: 30m/g)).toHaveLength(1);
    expect(rules.find((r) => r.for === '10m')?.alert).toBe('Food11HighLatencyP95');
    expect(rules.find((r) => r.for === '30m')?.alert).toBe('Food11LowConfidenceDrift');
    for (const r of rules) if (r.alert !== 'Food11LowConfidenceDrift') expect(r.expr, r.alert).not.toContain('[1h]');
  });

  const deployText = read('ci/deploy.yml');
  const deploy = parseYaml(deployText) as Obj;

  it('ci/deploy.yml is a valid GitHub Actions workflow (the actions/languageservices parser finds no error)', async () => {
    const result = parseWorkflow({ name: 'food11-deploy.yml', content: deployText }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.map((j) => j.id.value)).toEqual(['staging', 'production']);
  });

  it('deploys what food11.yml built from a push to main: staging, then production behind its environment', () => {
    const food11 = parseYaml(readFileSync('.github/workflows/food11.yml', 'utf8')) as Obj;
    expect(deploy.on.workflow_run.workflows).toEqual([food11.name]);
    expect(deploy.on.workflow_run.branches).toEqual(['main']);
    expect(deploy.on.workflow_dispatch.inputs.image_tag.required).toBe(true);
    expect(deploy.permissions).toEqual({ contents: 'read' });
    const { staging, production } = deploy.jobs;
    expect(staging.if).toContain("github.event.workflow_run.event == 'push'");
    expect([staging.environment, production.environment]).toEqual(['staging', 'production']);
    expect(production.needs).toBe('staging');
    for (const job of [staging, production]) {
      expect(job['runs-on']).toContain('self-hosted');
      const steps = job.steps as Obj[];
      const apply = steps.find((s) => s.id === 'apply')!.run as string;
      expect(apply).toContain('kubectl apply -k');
      const applyAt = steps.findIndex((s) => s.id === 'apply');
      expect(steps.findIndex((s) => /rollout status/.test(s.run ?? ''))).toBeGreaterThan(applyAt);
      expect(steps.some((s) => /\/predict/.test(s.run ?? ''))).toBe(true); // the smoke test
      expect(steps.at(-1)!.if).toBe("failure() && steps.apply.outcome == 'success'");
    }
  });

  it('pins its actions, deploys the sha- tag food11.yml pushes, and patches objects that exist', () => {
    for (const [, ref, comment] of deployText.matchAll(/uses:\s*(\S+)(.*)$/gm)) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/#\s*v\d+/);
    }
    const food11 = readFileSync('.github/workflows/food11.yml', 'utf8');
    expect(food11).toMatch(/^\s*type=sha$/m); // tags every pushed image sha-<7 characters>
    const apply = (deploy.jobs.staging.steps as Obj[]).find((s) => s.id === 'apply')!.run as string;
    expect((deploy.jobs.staging.steps as Obj[])[0]!.run).toContain('sha-${BUILT_SHA::7}');
    // The overlay sits at .deploy/<namespace>/ in the checkout and points back at the example's manifests.
    expect(apply).toContain('../../examples/food11/k8s');
    expect(existsSync(join('.deploy', 'ns', '../../examples/food11/k8s', 'kustomization.yaml'))).toBe(true);
    expect(apply).toContain(`name: ${yaml('k8s/kustomization.yaml').images[0].name}`);
    const init = (yaml('k8s/deployment.yaml').spec.template.spec.initContainers as Obj[])[0]!;
    expect(apply).toContain(`name: ${init.name}`);
    expect((init.env as Obj[]).map((e) => e.name)).toContain('MLFLOW_TRACKING_URI');
  });
});

describe('compose.mlflow-minio.yaml (the MLflow lab)', () => {
  const override = parseYaml(readFileSync('examples/food11/compose.mlflow-minio.yaml', 'utf8')) as {
    services: Record<string, { image?: string; command?: string | string[]; build?: unknown }>;
  };
  it('writes MLflow artifacts to the MinIO bucket it creates', () => {
    const mlflow = override.services.mlflow!;
    const command = [mlflow.command].flat().join(' ');
    expect(command).toMatch(/--artifacts-destination s3:\/\/mlflow-artifacts/);
    expect(JSON.stringify(override.services['minio-create-bucket'])).toContain('mlflow-artifacts');
  });
  it('pins every image to a version', () => {
    for (const [name, s] of Object.entries(override.services))
      if (s.image) expect(s.image, name).toMatch(/:[\w.-]*\d[\w.-]*$/);
  });
});
