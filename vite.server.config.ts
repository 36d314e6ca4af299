import { defineConfig } from 'vite';

// The live-room server (src/server/main.ts) bundled for Node into dist-server/, so `npm start`
// needs no TypeScript loader at run time. Packages stay in node_modules (SSR externals); the
// engine and the facilitator modules it shares with the game are bundled in.
export default defineConfig({
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
  },
  publicDir: false,
  logLevel: 'warn',
});
