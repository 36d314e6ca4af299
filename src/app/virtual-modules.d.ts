declare module 'virtual:scenario-catalogue' {
  const catalogue: import('./catalogue-types').CatalogueData;
  export default catalogue;
}
