import type { APIRoute, GetStaticPaths } from 'astro'
import { previewBuild } from '#/build/paths.ts'
import { siteSitemapFiles } from '#/lib/sitemap/index.ts'

/** The files of the sitemap, all of them in every build but a preview (the index, /sitemap.xml, names them). */
export const getStaticPaths = (async () => {
  if (previewBuild()) return []
  const files = await siteSitemapFiles()
  return files.map((file, index) => ({ params: { number: String(index + 1) }, props: { xml: file.xml } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
