// esbuild bundles the appeal's stylesheet into /embed.js as text (scripts/lib/build-browser-scripts.ts).
declare module '@/components/appeal/appeal.css' {
  const css: string;
  export default css;
}
