import type { Endpoint, PayloadRequest } from 'payload'

import { translationLocales, type LocaleCode } from '@ki/contract'

import { userHasRole } from '../../access/roles'
import { localeName } from '../../admin/localeNames'
import { exportTranslations, type ExportStatus } from './exportTranslations'
import { importTranslations } from './importTranslations'

const json = (status: number, body: unknown) => Response.json(body, { status })

function localeFrom(value: string | null): LocaleCode | undefined {
  return translationLocales.find((code) => code === value)
}

/** Editors, admins and translators exchange translations; everyone else is turned away in German. */
function refusal(req: PayloadRequest): Response | undefined {
  if (userHasRole(req, 'admin', 'editor', 'translator')) return undefined
  return json(403, { message: 'Übersetzungen austauschen dürfen nur Redaktion und Übersetzer/innen.' })
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

/** `GET /api/translations/xliff/export?locale=tr&collections=pages,events&topic=3&status=outdated&entries=pages:12` */
const exportEndpoint: Endpoint = {
  path: '/translations/xliff/export',
  method: 'get',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    const params = new URL(req.url ?? '', 'http://cms').searchParams
    const locale = localeFrom(params.get('locale'))
    if (!locale) return json(400, { message: 'Bitte wählen Sie eine Zielsprache.' })
    const entries = list(params.get('entries')).map((item) => {
      const [collection = '', id = ''] = item.split(':')
      return { collection, id }
    })
    const result = await exportTranslations(req, {
      locale,
      collections: list(params.get('collections')),
      topic: params.get('topic') || undefined,
      status: list(params.get('status')).filter(
        (status): status is ExportStatus => status === 'missing' || status === 'outdated',
      ),
      entries,
    })
    if (!result.xml)
      return json(404, { message: `In dieser Auswahl gibt es nichts ins ${localeName(locale)} zu übersetzen.` })
    const name = `uebersetzung-${locale}-${result.exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.xlf`
    return new Response(result.xml, {
      status: 200,
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Xliff-Units': String(result.units),
      },
    })
  },
}

/** `POST /api/translations/xliff/import?locale=tr&apply=1`, the XLIFF file as the body; answers the report. */
const importEndpoint: Endpoint = {
  path: '/translations/xliff/import',
  method: 'post',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    const params = new URL(req.url ?? '', 'http://cms').searchParams
    const locale = localeFrom(params.get('locale'))
    if (!locale) return json(400, { message: 'Bitte wählen Sie die Zielsprache der Datei.' })
    const xml = typeof req.text === 'function' ? await req.text() : ''
    if (xml.trim() === '') return json(400, { message: 'Bitte wählen Sie eine XLIFF-Datei aus.' })
    try {
      return json(200, await importTranslations(req, xml, { locale, apply: params.get('apply') === '1' }))
    } catch (failure) {
      req.payload.logger.error({ err: failure, msg: 'XLIFF import failed' })
      const reason = failure instanceof Error ? failure.message : String(failure)
      return json(422, { message: `Der Import wurde abgebrochen, nichts wurde gespeichert: ${reason}` })
    }
  },
}

export const xliffEndpoints: Endpoint[] = [exportEndpoint, importEndpoint]
