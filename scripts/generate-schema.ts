/**
 * Writes the JSON Schema files authors point `$schema` at (`scenarios/scenario.schema.json`,
 * `scenarios/tracks.schema.json`), generated from the zod schemas. Run by `npm run gen:assets`;
 * the output is deterministic so the files are committed and a unit test keeps them current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemaFiles } from '../src/authoring/check/json-schema';

const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));

async function main(): Promise<void> {
  await mkdir(scenariosDir, { recursive: true });
  for (const [name, content] of Object.entries(generateJsonSchemaFiles())) {
    await writeFile(new URL(name, `file://${scenariosDir}`), content, 'utf8');
    console.log(`wrote scenarios/${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(`generate-schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
