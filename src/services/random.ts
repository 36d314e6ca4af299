/** A fresh seed for a run's seeded random generator, from the browser's own randomness. */
export function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return values[0] ?? 1;
}
