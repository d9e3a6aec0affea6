// Vite's `?raw` imports (the site's UI strings), for the browser tests that read them outside Vite's types.
declare module '*?raw' {
  const text: string
  export default text
}
