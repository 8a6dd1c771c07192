// Steps that run over the built site after `astro build` (part of `npm run build`).
// Each step reads MADING_OUT_DIR (default dist/) and never writes into the source tree.
import path from 'node:path';

/** The folder Astro built into. */
export const outDir = path.resolve(process.env.MADING_OUT_DIR ?? 'dist');

const steps: { name: string; run: (outDir: string) => Promise<void> }[] = [
  // Search index, social cards, image metadata checks... register steps here.
];

for (const step of steps) {
  const started = performance.now();
  await step.run(outDir);
  console.log(`postbuild: ${step.name} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
