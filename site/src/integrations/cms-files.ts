import { mkdir, writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { cmsUrl } from '../loaders/cms.ts'
import { localFileUrl } from '../lib/files.ts'
import { buildRequest } from '../build/request.ts'
import { incrementalBuild, renders } from '../build/paths.ts'
import { routes } from '../build/routes.ts'

type FileDoc = { id: number; url?: string | null; sizes?: Record<string, { url?: string | null }> | null }

/** Every file URL of the published media or documents (including the image sizes) whose pages this build renders. */
async function listFileUrls(collection: 'media' | 'documents'): Promise<string[]> {
  const url = `${cmsUrl()}/api/${collection}?depth=0&pagination=false`
  const response = await fetch(url)
  if (!response.ok) throw new Error(`CMS answered ${response.status} while listing files of "${collection}" (${url})`)
  const { docs } = (await response.json()) as { docs: FileDoc[] }
  // An incremental build copies the files of the documents it renders; the rest are in the site it is merged into.
  const built = collection === 'documents' ? renders(routes.document) : () => !incrementalBuild()
  return docs
    .filter(built)
    .flatMap((doc) => [doc.url, ...Object.values(doc.sizes ?? {}).map((size) => size.url)])
    .filter((each): each is string => Boolean(each))
}

/**
 * Copies the CMS's uploaded files into the build output after the pages are written. A shard of a parallel
 * build other than the first (its request says `files: 'skip'`) leaves them to the first.
 */
export function cmsFiles(): AstroIntegration {
  return {
    name: 'ki:cms-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (buildRequest().files === 'skip') return
        const urls = [...(await listFileUrls('media')), ...(await listFileUrls('documents'))]
        for (const url of urls) {
          // Payload answers with absolute URLs when it knows its public address (CMS_PUBLIC_URL): fetch the
          // path from the CMS the build talks to, which may be a different (internal) address.
          const { pathname } = new URL(url, cmsUrl())
          const response = await fetch(`${cmsUrl()}${pathname}`)
          if (!response.ok)
            throw new Error(`CMS file ${url} could not be copied: ${response.status} ${response.statusText}`)
          const target = new URL(`.${localFileUrl(url)}`, dir)
          await mkdir(new URL('./', target), { recursive: true })
          await writeFile(target, Buffer.from(await response.arrayBuffer()))
        }
        logger.info(`${urls.length} files copied from the CMS`)
      },
    },
  }
}
