/**
 * `npm start` runs this (bundled into dist-server/main.js): the live-room server with the
 * built game, on 127.0.0.1:4173 unless HOST and PORT say otherwise. docs/live-rooms.md lists
 * every environment variable.
 */
import { ConfigError, configFromEnv, type ServerConfig } from './config';
import { lanAddresses } from './http/addresses';
import { startLiveServer } from './server';

function announce(config: ServerConfig, url: string, port: number, servesGame: boolean): void {
  const store = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${config.dataDir}`;
  console.log(`Live-room server ready at ${url}/  (store: ${store})`);
  if (!servesGame) console.log('The game is not built: run "npm run build" to serve it here.');
  if (config.publicUrl) console.log(`People join at ${config.publicUrl}`);
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  if (everywhere) {
    const addresses = lanAddresses(port);
    console.log(
      addresses.length > 0
        ? `Phones and laptops on the same network can open:\n  ${addresses.join('\n  ')}`
        : 'No network address found: is this computer connected to a network?',
    );
    console.log('If they cannot connect, allow incoming connections on this port in the firewall.');
  } else if (config.host === '127.0.0.1' || config.host === 'localhost') {
    console.log('Only this computer can open it. For phones in the room: HOST=0.0.0.0 npm start');
  }
  if (config.passcode === null)
    console.log(
      'Anyone who can open the page can create rooms (set FACILITATOR_PASSCODE to stop that).',
    );
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = configFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startLiveServer(config);
  for (const problem of server.ctx.library.problems)
    console.warn(`Left out of the library: ${problem}`);
  announce(config, server.url, server.port, server.servesGame);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `The server could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
