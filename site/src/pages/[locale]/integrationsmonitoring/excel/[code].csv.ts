import { csvFile, csvPaths } from '../_csv-files.ts'

export const getStaticPaths = csvPaths

/** For a spreadsheet set to German: byte order mark, `;`, decimal comma, columns in the page's language. */
export const GET = csvFile('excel')
