// The baseline for the site build: a plain Astro project that renders the same pages from local JSON files.
// No import of 'astro/config' here: the benchmark copies this folder next to a link to the site's astro package.
export default {
  output: 'static',
  outDir: process.env.BASELINE_OUT ?? 'dist',
  trailingSlash: 'always',
  site: 'http://localhost:4321',
}
