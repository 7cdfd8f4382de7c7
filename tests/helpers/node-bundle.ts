import path from 'node:path';

/**
 * Bundles a TypeScript entry into one CommonJS file plain Node can run in a worker thread or a child
 * process (packages left to node_modules, `@shared` resolved): CommonJS, as the app's main bundle, so
 * the code never reaches `import.meta`.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    packages: 'external',
    alias: { '@shared': path.resolve('shared') },
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
