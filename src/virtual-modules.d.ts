// Starlight's virtual modules used by the Search override (src/components/Search.astro).
// Starlight declares them for its own package only.
declare module 'virtual:starlight/project-context' {
  const project: {
    trailingSlash: 'always' | 'never' | 'ignore';
    build: { format: 'file' | 'directory' };
  };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
