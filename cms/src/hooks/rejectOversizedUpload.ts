import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { formatMegabytes } from '../storage'

/**
 * The upload limit for every way in. REST uploads are cut off while streaming (config `upload.limits`);
 * files handed to the Local API (seed, scripts) never pass that parser, so the limit is checked here too.
 */
export const rejectOversizedUpload: CollectionBeforeOperationHook<'documents' | 'media'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const limit = req.payload.config.upload.limits?.fileSize
  const file = req.file
  if (!file || !limit) return args
  const size = file.size ?? file.data.length
  if (size > limit) {
    throw new APIError(
      `Die Datei „${file.name}“ ist ${formatMegabytes(size)} MB groß; erlaubt sind höchstens ${formatMegabytes(limit)} MB.`,
      413,
      null,
      true,
    )
  }
  return args
}
