import { csvFile, csvPaths } from './_csv-files.ts'

export const getStaticPaths = csvPaths

/** Columns: code, indicator, year, breakdown, breakdown_label, value, unit (RFC 4180, decimal point). */
export const GET = csvFile('plain')
