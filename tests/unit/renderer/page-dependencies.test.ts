/**
 * What the kiosk's page carries is parsed and run on every start of a slow kiosk PC. The
 * main process validates every call (zod), formats phone numbers and writes PDFs; the page
 * does none of it, and a value imported from the contract instead of a type would bring the
 * whole validator along unseen (about 26 kB gzip and a tenth of a second at start). What
 * only staff open (the operator console and its charts) loads when they open it, not at
 * start. Bundled here with esbuild, split as Vite splits it, to read what the page reaches.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REACT_ON_PREACT } from '../../../renderer/react-on-preact.ts';

const SERVER_ONLY = ['zod', 'libphonenumber-js', 'pdf-lib', 'better-sqlite3'];
const STAFF_ONLY = ['chart.js'];
/** The package a bundled file belongs to ('preact'), or null for the project's own files. */
const packageOf = (file: string) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? null;

type Metafile = {
  inputs: Record<string, { imports: { path: string }[] }>;
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }>;
};

async function pageBundle(): Promise<Metafile> {
  const result = await build({
    entryPoints: ['renderer/main.tsx'],
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'unused',
    jsx: 'automatic',
    alias: REACT_ON_PREACT,
    loader: { '.svg': 'file', '.woff2': 'file', '.css': 'empty' },
    logLevel: 'silent',
  });
  return result.metafile;
}

describe("the kiosk page's code", () => {
  it('reaches no package that only the main process needs, and names the file that would bring one', async () => {
    const { inputs } = await pageBundle();
    const ours = Object.entries(inputs).filter(([file]) => packageOf(file) === null);
    const reached = ours.flatMap(([file, { imports }]) =>
      imports
        .map((i) => packageOf(i.path))
        .filter((name) => name !== null && SERVER_ONLY.includes(name))
        .map((name) => `${file} imports ${name}`),
    );
    expect(reached).toEqual([]);
    // The check reads a real bundle: the page's own entry and Preact are in it, React DOM is not.
    expect(Object.keys(inputs)).toContain('renderer/main.tsx');
    expect(Object.keys(inputs).map(packageOf)).toContain('preact');
    expect(Object.keys(inputs).map(packageOf)).not.toContain('react-dom');
  });

  it('loads the staff console and its chart library only when staff open it, not at start', async () => {
    const { outputs } = await pageBundle();
    const start = Object.values(outputs).find((output) => output.entryPoint === 'renderer/main.tsx')!;
    const atStart = new Set(Object.keys(start.inputs).map(packageOf));
    expect(STAFF_ONLY.filter((name) => atStart.has(name))).toEqual([]);
    // The check reads a real split: the library is in the bundle, in a chunk of its own.
    const everywhere = Object.values(outputs).flatMap((output) => Object.keys(output.inputs).map(packageOf));
    expect(everywhere).toEqual(expect.arrayContaining(STAFF_ONLY));
  });
});
