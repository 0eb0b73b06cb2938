/** URLs of scripts built as their own chunks and loaded on demand (src/integrations/lazy-scripts.ts). */
declare module 'lazy-script:*' {
  const url: string;
  export default url;
}
