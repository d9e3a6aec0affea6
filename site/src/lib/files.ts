/**
 * Files uploaded to the CMS (images, PDFs, captions) are copied into the static site, so the site never
 * links to the CMS host. `/api/media/file/x.webp` in the CMS becomes `/files/media/x.webp` on the site.
 */
export function localFileUrl(cmsFileUrl: string): string {
  const match = /^(?:https?:\/\/[^/]+)?\/api\/([a-z-]+)\/file\/([^/?#]+)$/.exec(cmsFileUrl)
  if (!match) throw new Error(`Not a CMS file URL: "${cmsFileUrl}"`)
  return `/files/${match[1]}/${match[2]}`
}
