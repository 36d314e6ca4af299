/** The addresses the join screen offers: never one other devices cannot reach. */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/server/config';
import { joinAddresses, lanAddresses } from '../../src/server/http/addresses';

describe('join addresses', () => {
  it('offers PUBLIC_URL behind a proxy, the network addresses on 0.0.0.0, nothing on 127.0.0.1', () => {
    const proxied = configFromEnv({ HOST: '127.0.0.1', PUBLIC_URL: 'https://sim.example.org' });
    expect(joinAddresses(proxied, 4173)).toEqual(['https://sim.example.org/']);
    expect(joinAddresses(configFromEnv({ HOST: '127.0.0.1' }), 4173)).toEqual([]);
    const everywhere = joinAddresses(configFromEnv({ HOST: '0.0.0.0' }), 4173);
    expect(everywhere).toEqual(lanAddresses(4173));
    for (const address of everywhere) {
      expect(address).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:4173\/$/);
      expect(address).not.toContain('127.0.0.1');
    }
  });

  it('stops at start on a setting that cannot work, naming it', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => configFromEnv({ LRS_ENDPOINT: 'https://lrs.example/xapi/' })).toThrow(
      /LRS_USERNAME/,
    );
    expect(() => configFromEnv({ RETENTION_DAYS: '-1' })).toThrow(/RETENTION_DAYS/);
  });
});
