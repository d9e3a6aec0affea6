'use client'
/**
 * The admin's code and JSON fields use the Monaco editor, which Payload's UI loads from cdn.jsdelivr.net by default:
 * a request to another host, refused by the admin's Content-Security-Policy and impossible on a closed municipal
 * network. This provider points Monaco's loader at the copy the CMS serves itself (cms/public/vendor/monaco-editor,
 * copied from the installed monaco-editor package by scripts/lib/cms.ts before every CMS build).
 */
import loader from '@monaco-editor/loader'
import type React from 'react'

export const MONACO_PATH = '/vendor/monaco-editor/min/vs'

loader.config({ paths: { vs: MONACO_PATH } })

export const MonacoFromCms = ({ children }: { children?: React.ReactNode }) => children
