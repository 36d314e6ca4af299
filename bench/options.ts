/** Command-line options of `npm run bench` (after `--`). */
export interface BenchOptions {
  /** Module names to run; empty runs them all. */
  only: string[];
  /** The production build to measure. */
  dist: string;
  /** Rebuild before measuring, even when `dist` exists. */
  build: boolean;
  /** Complete plays in one tab for the page's heap figure. */
  plays: number;
  /** Bundled scenario id the page plays and cohort-page's sessions replay (default: the first by file name). */
  scenario: string | undefined;
  /** `?renderer=` for the page module: force the stage's WebGL or Canvas renderer (default: its own choice). */
  renderer: 'webgl' | 'canvas' | undefined;
}

const HELP = `npm run bench -- [--only engine,inkjs,cohort,bytes,page,cohort-page,lighthouse,live] [--dist DIR] [--build] [--plays N] [--scenario ID] [--renderer webgl|canvas]`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    only: [],
    dist: 'dist',
    build: false,
    plays: 20,
    scenario: undefined,
    renderer: undefined,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? argv[++index] ?? '';
    if (name === '--only')
      options.only = value()
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    else if (name === '--dist') options.dist = value();
    else if (name === '--build') options.build = true;
    else if (name === '--plays')
      options.plays = Math.max(2, Number.parseInt(value(), 10) || options.plays);
    else if (name === '--scenario') options.scenario = value();
    else if (name === '--renderer') {
      const renderer = value();
      if (renderer !== 'webgl' && renderer !== 'canvas')
        throw new Error(`--renderer takes webgl or canvas, got "${renderer}"`);
      options.renderer = renderer;
    } else if (name === '--help' || name === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`Unknown option "${flag}". Usage: ${HELP}`);
  }
  return options;
}
