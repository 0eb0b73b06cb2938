// Structural check of an .ipynb against nbformat 4.5, and of its code cells' syntax.
import { checkCodeBlock } from '../../src/lib/code-blocks';

export function notebookProblems(text: string): string[] {
  const problems: string[] = [];
  let nb: { nbformat?: unknown; nbformat_minor?: unknown; metadata?: { kernelspec?: { name?: unknown } }; cells?: unknown };
  try {
    nb = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  if (nb.nbformat !== 4 || typeof nb.nbformat_minor !== 'number' || nb.nbformat_minor < 5) problems.push('not nbformat 4.5+');
  if (typeof nb.metadata?.kernelspec?.name !== 'string') problems.push('no kernelspec');
  if (!Array.isArray(nb.cells) || nb.cells.length === 0) return [...problems, 'no cells'];
  const ids = new Set<string>();
  nb.cells.forEach((cell: Record<string, unknown>, i: number) => {
    const where = `cell ${i}`;
    if (typeof cell.id !== 'string' || !/^[a-zA-Z0-9-_]{1,64}$/.test(cell.id) || ids.has(cell.id))
      problems.push(`${where}: bad or repeated id`);
    ids.add(String(cell.id));
    if (!['markdown', 'code', 'raw'].includes(String(cell.cell_type))) problems.push(`${where}: bad cell_type`);
    if (typeof cell.metadata !== 'object' || cell.metadata === null) problems.push(`${where}: no metadata`);
    if (!Array.isArray(cell.source) || !cell.source.every((l) => typeof l === 'string'))
      problems.push(`${where}: source is not a list of strings`);
    if (cell.cell_type === 'code') {
      if (!Array.isArray(cell.outputs) || cell.execution_count !== null)
        problems.push(`${where}: code cell needs outputs [] and execution_count null`);
      const code = (cell.source as string[]).join('');
      const bash = code.startsWith('%%bash\n');
      const error = checkCodeBlock({ lang: bash ? 'bash' : 'python', meta: '', code: bash ? code.slice(7) : code, line: 0 });
      if (error) problems.push(`${where}: ${error}`);
    }
  });
  return problems;
}
