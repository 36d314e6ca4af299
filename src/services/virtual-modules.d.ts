declare module 'virtual:scenario-catalogue' {
  const catalogue: import('./library-types').CatalogueData;
  export default catalogue;
  /** One lazy loader per listed scenario id (see scripts/vite/scenario-catalogue-plugin.ts). */
  export const loaders: Record<
    string,
    () => Promise<{ default: import('./library-types').LibraryScenario | null }>
  >;
}
