// Relevance: what students type must bring the right page into the top 3. Grows with the content.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './helpers/browser';
import { serveDist } from './helpers/server';
import { PAGEFIND_OPTIONS } from '../src/lib/search-options';
import { isGlossary, rankedResults } from '../src/lib/search-results';

/** query → the page (path under the base, without it) that must rank in the top 3. */
const EXPECTED: [string, string][] = [
  // foundations/ml-systems
  ['hidden technical debt', 'foundations/ml-systems/'],
  ['correction cascade', 'foundations/ml-systems/'],
  ['prototype to production', 'foundations/ml-systems/'],
  ['velocity validation versioning', 'foundations/ml-systems/'],
  // foundations/lifecycle
  ['training-serving skew', 'foundations/lifecycle/'],
  ['batch vs online inference', 'foundations/lifecycle/'],
  ['ML lifecycle', 'foundations/lifecycle/'],
  // cloud/cloud-computing
  ['NIST essential characteristics', 'cloud/cloud-computing/'],
  ['object storage block storage', 'cloud/cloud-computing/'],
  ['cattle not pets', 'cloud/cloud-computing/'],
  ['availability zones', 'cloud/cloud-computing/'],
  // cloud/service-models
  ['IaaS PaaS SaaS', 'cloud/service-models/'],
  ['shared responsibility', 'cloud/service-models/'],
  ['function as a service cold start', 'cloud/service-models/'],
  // cloud/providers
  ['Snowflake', 'cloud/providers/'],
  ['Oracle Cloud', 'cloud/providers/'],
  ['equivalent services', 'cloud/providers/'],
  ['free tier', 'cloud/providers/'],
  // cloud/platform-configuration
  ['floating IP', 'cloud/platform-configuration/'],
  ['security group rules', 'cloud/platform-configuration/'],
  ['lease reservation Blazar', 'cloud/platform-configuration/'],
  ['openstack server create', 'cloud/platform-configuration/'],
  // foundations/jupyter-and-terminal
  ['SSH tunnel Jupyter', 'foundations/jupyter-and-terminal/'],
  ['tmux', 'foundations/jupyter-and-terminal/'],
  ['chmod permissions', 'foundations/jupyter-and-terminal/'],
  // tools/docker
  ['Dockerfile', 'tools/docker/'],
  ['multi-stage build', 'tools/docker/'],
  ['docker compose', 'tools/docker/'],
  // tools/kubernetes
  ['kubectl', 'tools/kubernetes/'],
  ['Kubespray', 'tools/kubernetes/'],
  ['horizontal pod autoscaler', 'tools/kubernetes/'],
  ['Gateway API', 'tools/kubernetes/'],
  // training/mlflow-vs-airflow
  ['MLflow vs Airflow', 'training/mlflow-vs-airflow/'],
  ['DAG', 'training/orchestration/'],
  // "model registry alias" is taught by three pages (experiment tracking, this one, the MLflow lab): a query only this one answers.
  ['retraining DAG registers and promotes', 'training/mlflow-vs-airflow/'],
  ['model registry alias', 'training/experiment-tracking/'],
  ['mlflow.log_metric', 'training/mlflow-vs-airflow/'],
  // labs
  ['Hello Chameleon lab', 'labs/hello-chameleon/'],
  ['lease stuck in pending', 'labs/hello-chameleon/'],
  ['Docker lab', 'labs/docker-model-server/'],
  ['containerize model server GHCR', 'labs/docker-model-server/'],
  ['Kubespray', 'labs/kubernetes-on-chameleon/'],
  ['HPA load test', 'labs/kubernetes-on-chameleon/'],
  ['MLflow lab champion alias', 'labs/mlflow-tracking/'],
  ['MinIO artifacts', 'labs/mlflow-tracking/'],
  ['airflow standalone', 'labs/airflow-pipeline/'],
  ['asset event retrain', 'labs/airflow-pipeline/'],
  ['self-hosted runner', 'labs/ci-cd-pipeline/'],
  ['rollback staging production', 'labs/ci-cd-pipeline/'],
  ['Grafana dashboard provisioning', 'labs/monitoring-stack/'],
  ['drift alert firing', 'labs/monitoring-stack/'],
  ['MCP Inspector', 'labs/mcp-server/'],
  ['lab_time tool', 'labs/mcp-server/'],
  // glossary terms (each opens the glossary at its entry)
  // devops
  ['DORA metrics', 'devops/devops-principles/'],
  ['everything as code', 'devops/devops-principles/'],
  ['code as infrastructure', 'devops/infrastructure-as-code/'],
  ['OpenTofu', 'devops/infrastructure-as-code/'],
  ['terraform state drift', 'devops/infrastructure-as-code/'],
  ['GitOps Argo CD', 'devops/ci-cd/'],
  ['continuous training', 'devops/ci-cd/'],
  // data
  ['schema evolution', 'data/data-types/'],
  ['EXIF GPS', 'data/data-types/'],
  ['GDPR consent', 'data/acquiring-data/'],
  ['datasheets for datasets', 'data/acquiring-data/'],
  ['OLTP OLAP', 'data/large-data-systems/'],
  ['lakehouse', 'data/large-data-systems/'],
  // training
  ['LoRA', 'training/training-at-scale/'],
  ['gradient accumulation', 'training/training-at-scale/'],
  ['MLflow tracking server', 'training/experiment-tracking/'],
  ['autologging', 'training/experiment-tracking/'],
  ['TaskFlow', 'training/orchestration/'],
  ['Airflow executor', 'training/orchestration/'],
  // operations
  ['shadow deployment', 'operations/deployment/'],
  ['Triton', 'operations/deployment/'],
  ['PromQL histogram_quantile', 'operations/monitoring/'],
  ['population stability index', 'operations/monitoring/'],
  ['data poisoning', 'operations/safeguarding/'],
  ['differential privacy', 'operations/safeguarding/'],
  // agents
  ['Model Context Protocol', 'agents/agents-and-mcp/'],
  ['tool poisoning', 'agents/agents-and-mcp/'],
  ['IaaS', 'glossary/#iaas'],
  ['Infrastructure as a Service', 'glossary/#iaas'],
  ['XaaS', 'glossary/#xaas'],
  ['Anything as a Service', 'glossary/#xaas'],
  ['AaaS', 'glossary/#xaas'],
  ['CI/CD', 'devops/ci-cd/'],
  ['data drift', 'glossary/#data-drift'],
  ['floating IP', 'glossary/#floating-ip'],
  ['kubelet', 'glossary/#kubelet'],
  ['DAG', 'glossary/#dag'],
  ['cgroup', 'glossary/#cgroup'],
  ['etcd', 'glossary/#etcd'],
];

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDist(inject('subDist'), '/mlops-notes/');
  page = await browser.newPage();
  await page.goto(site.url);
  // The same Pagefind bundle and options the site's search UI uses.
  // A string, so Vitest leaves the browser's dynamic import alone.
  await page.evaluate(`(async () => {
    const pf = await import('/mlops-notes/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/mlops-notes/', ...${JSON.stringify(PAGEFIND_OPTIONS)} });
    window.pf = pf;
  })()`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The first three results in the order the search UI shows them (the same ranking function, run in the page). */
async function top3(query: string): Promise<string[]> {
  return page.evaluate(
    async ([q, ranked, glossary]) => {
      type Data = { url: string; filters: Record<string, string[] | undefined> };
      type Search = (q: string) => Promise<{ results: { data(): Promise<Data> }[] }>;
      const pf = (window as unknown as { pf: { search: Search } }).pf;
      const rank = new Function(`return (${ranked})`)() as typeof rankedResults<Data>;
      const next = rank((await pf.search(q!)).results, new Function(`return (${glossary})`)());
      const urls: string[] = [];
      while (urls.length < 3) {
        const d = await next();
        if (!d) break;
        urls.push(d.url);
      }
      return urls;
    },
    [query, rankedResults.toString(), isGlossary.toString()],
  );
}

describe('search relevance', () => {
  it.each(EXPECTED)('“%s” finds /%s in the top 3', async (query, expected) => {
    const urls = await top3(query);
    expect(urls, urls.join('\n')).toContain(`/mlops-notes/${expected}`);
  });
  it.each(['DORA', 'Parquet', 'canary', 'Prometheus', 'backfill', 'data drift', 'floating IP', 'DAG'])(
    '“%s”: the lesson that teaches the term leads, with at most one glossary entry in the top 3',
    async (query) => {
      const urls = await top3(query);
      expect(urls[0], urls.join('\n')).not.toContain('/glossary/');
      expect(urls.filter((u) => u.includes('/glossary/')).length, urls.join('\n')).toBeLessThanOrEqual(1);
    },
  );
  it('covers every published lesson and lab with at least two queries', async () => {
    const { readPages } = await import('./helpers/site');
    const isLesson = (html: string) => html.includes('data-lesson-id="');
    const isLab = (url: string) => /^\/mlops-notes\/labs\/[a-z0-9-]+\/$/.test(url);
    const pages = readPages(inject('subDist'), '/mlops-notes/')
      .filter((p) => isLesson(p.html) || isLab(p.url))
      .map((p) => p.url.slice('/mlops-notes/'.length));
    expect(pages).toContain('labs/hello-chameleon/');
    for (const page of pages) expect(EXPECTED.filter(([, e]) => e === page).length, page).toBeGreaterThanOrEqual(2);
  });
});
