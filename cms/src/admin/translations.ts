import type { RichTextAdapterProvider } from 'payload'

/**
 * Payload's German admin texts address editors with "du"; the portal's own texts say "Sie". Every stock string
 * with a "du" form gets its "Sie" form here (cms/tests/int/admin-language.test.ts finds any that a Payload
 * update adds).
 */
export const sieTranslations = {
  authentication: {
    beginCreateFirstUser: 'Legen Sie zuerst ein Benutzerkonto an.',
    checkYourEmailForPasswordReset:
      'Wenn die E-Mail-Adresse mit einem Benutzerkonto verknüpft ist, erhalten Sie in Kürze Anweisungen zum Zurücksetzen Ihres Passworts. Bitte sehen Sie auch in Ihrem Spam-Ordner nach, falls die E-Mail nicht im Posteingang ist.',
    forgotPasswordEmailInstructions:
      'Bitte geben Sie Ihre E-Mail-Adresse an. Sie erhalten dann eine E-Mail mit Anweisungen zum Zurücksetzen Ihres Passworts.',
    forgotPasswordUsernameInstructions:
      'Bitte geben Sie Ihren Benutzernamen ein. Die Anweisungen zum Zurücksetzen Ihres Passworts gehen an die E-Mail-Adresse, die mit Ihrem Benutzernamen verknüpft ist.',
    generatingNewAPIKeyWillInvalidate:
      'Wenn Sie einen neuen API-Schlüssel erzeugen, wird der bisherige <1>ungültig</1>. Möchten Sie wirklich fortfahren?',
    loggedIn: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    loggedInChangePassword:
      'Um Ihr Passwort zu ändern, öffnen Sie Ihr <0>Benutzerkonto</0> und ändern Sie dort das Passwort.',
    loggedOutInactivity: 'Sie wurden wegen Inaktivität abgemeldet.',
    loggedOutSuccessfully: 'Sie wurden abgemeldet.',
    loginWithAnotherUser: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    newAccountCreated:
      'Für Sie wurde ein neues Konto auf <a href="{{serverURL}}">{{serverURL}}</a> angelegt. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um Ihre E-Mail-Adresse zu bestätigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Danach können Sie sich anmelden.',
    resetYourPassword: 'Passwort zurücksetzen',
    verifyYourEmail: 'E-Mail-Adresse bestätigen',
    youAreInactive:
      'Sie waren einige Zeit nicht aktiv und werden zu Ihrer Sicherheit in Kürze abgemeldet. Möchten Sie angemeldet bleiben?',
    youAreReceivingResetPassword:
      'Sie erhalten diese Nachricht, weil Sie (oder jemand anderes) das Zurücksetzen des Passworts für Ihr Benutzerkonto angefordert haben. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um fortzufahren:',
    youDidNotRequestPassword:
      'Falls Sie das nicht angefordert haben, beachten Sie diese E-Mail bitte nicht. Ihr Passwort bleibt unverändert.',
  },
  dashboard: {
    discardMessage:
      'Sie haben ungespeicherte Änderungen an der Anordnung Ihres Dashboards. Möchten Sie diese wirklich verwerfen?',
    noItems:
      'Auf Ihrem Dashboard befinden sich keine Widgets. Sie können welche über das Menü „Dashboard“ in der oberen Leiste hinzufügen.',
    searchWidgets: 'Widgets suchen …',
  },
  error: {
    deletingTitle:
      'Beim Löschen von {{title}} ist ein Problem aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    documentNotFound:
      'Das Dokument mit der ID {{id}} wurde nicht gefunden. Es wurde gelöscht, hat nie existiert, oder Sie haben keinen Zugriff darauf.',
    notAllowedToAccessPage: 'Sie haben keine Berechtigung, diese Seite aufzurufen.',
    notAllowedToPerformAction: 'Sie haben keine Berechtigung für diese Aktion.',
    restoringTitle:
      'Beim Wiederherstellen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unauthorized: 'Nicht angemeldet: Sie müssen angemeldet sein, um diese Anfrage zu stellen.',
    unverifiedEmail: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  },
  fields: {
    chooseBetweenCustomTextOrDocument:
      'Wählen Sie, ob Sie eine eigene Adresse eingeben oder auf ein anderes Dokument verlinken möchten.',
    chooseDocumentToLink: 'Wählen Sie das Dokument, auf das Sie verlinken möchten',
  },
  folder: {
    folderTypeDescription: 'Wählen Sie, welche Arten von Einträgen dieser Ordner enthalten darf.',
    moveItemsToFolderConfirmation:
      'Sie verschieben <1>{{count}} {{label}}</1> nach <2>{{toFolder}}</2>. Sind Sie sicher?',
    moveItemsToRootConfirmation: 'Sie verschieben <1>{{count}} {{label}}</1> in den Hauptordner. Sind Sie sicher?',
    moveItemToFolderConfirmation: 'Sie verschieben <1>{{title}}</1> nach <2>{{toFolder}}</2>. Sind Sie sicher?',
    moveItemToRootConfirmation: 'Sie verschieben <1>{{title}}</1> in den Hauptordner. Sind Sie sicher?',
  },
  general: {
    aboutToDelete: 'Sie löschen {{label}} <1>{{title}}</1>. Sind Sie sicher?',
    aboutToDeleteCount_many: 'Sie löschen {{count}} {{label}}.',
    aboutToDeleteCount_one: 'Sie löschen {{count}} {{label}}.',
    aboutToDeleteCount_other: 'Sie löschen {{count}} {{label}}.',
    aboutToPermanentlyDelete: 'Sie löschen {{label}} <1>{{title}}</1> endgültig. Sind Sie sicher?',
    aboutToPermanentlyDeleteTrash:
      'Sie löschen <0>{{count}}</0> <1>{{label}}</1> endgültig aus dem Papierkorb. Sind Sie sicher?',
    aboutToRestore: 'Sie stellen {{label}} <1>{{title}}</1> wieder her. Sind Sie sicher?',
    aboutToRestoreAsDraft: 'Sie stellen {{label}} <1>{{title}}</1> als Entwurf wieder her. Sind Sie sicher?',
    aboutToRestoreAsDraftCount: 'Sie stellen {{count}} {{label}} als Entwurf wieder her.',
    aboutToRestoreCount: 'Sie stellen {{count}} {{label}} wieder her.',
    aboutToTrash: 'Sie verschieben {{label}} <1>{{title}}</1> in den Papierkorb. Sind Sie sicher?',
    aboutToTrashCount: 'Sie verschieben {{count}} {{label}} in den Papierkorb.',
    changesNotSaved:
      'Ihre Änderungen wurden nicht gespeichert. Wenn Sie diese Seite verlassen, gehen Ihre Änderungen verloren.',
    copyWarning: 'Sie überschreiben {{to}} mit {{from}} für {{label}} {{title}}. Sind Sie sicher?',
    creating: 'Wird erstellt',
    creatingNewLabel: '{{label}} erstellen',
    currentlyEditing:
      'bearbeitet gerade dieses Dokument. Wenn Sie übernehmen, wird diese Bearbeitung blockiert, und nicht gespeicherte Änderungen können verloren gehen.',
    documentOutOfDate:
      'Dieses Dokument wurde eben von einer anderen Person geändert. Ihre Ansicht ist nicht mehr aktuell.',
    enterAValue: 'Geben Sie einen Wert ein',
    moveConfirm: 'Sie verschieben {{count}} {{label}} nach <1>{{destination}}</1>. Sind Sie sicher?',
    searchBy: 'Nach {{label}} suchen',
    sorryNotFound: 'Es tut uns leid: Zu Ihrer Anfrage wurde nichts gefunden.',
    unsavedChanges:
      'Sie haben ungespeicherte Änderungen. Bitte speichern oder verwerfen Sie diese, bevor Sie fortfahren.',
    unsavedChangesDuplicate: 'Sie haben ungespeicherte Änderungen. Möchten Sie trotzdem duplizieren?',
  },
  upload: {
    cropToolDescription:
      'Ziehen Sie die Ecken des ausgewählten Bereichs, zeichnen Sie einen neuen Bereich oder passen Sie die Werte unten an.',
    focalPointDescription: 'Setzen Sie den Fokuspunkt direkt in der Vorschau oder passen Sie die Werte unten an.',
  },
  validation: {
    emailAddress: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
    enterNumber: 'Bitte geben Sie eine gültige Zahl an.',
    username:
      'Bitte geben Sie einen gültigen Benutzernamen ein. Er darf Buchstaben, Ziffern, Bindestriche, Punkte und Unterstriche enthalten.',
  },
  version: {
    aboutToPublishSelection: 'Sie veröffentlichen alle ausgewählten {{label}}. Sind Sie sicher?',
    aboutToRestore: 'Sie setzen {{label}} auf den Stand vom {{versionDate}} zurück.',
    aboutToRestoreGlobal: 'Sie setzen {{label}} auf den Stand vom {{versionDate}} zurück.',
    aboutToRevertToPublished:
      'Sie setzen dieses Dokument auf den zuletzt veröffentlichten Stand zurück. Sind Sie sicher?',
    aboutToUnpublish: 'Sie setzen dieses Dokument auf Entwurf zurück. Sind Sie sicher?',
    aboutToUnpublishIn: 'Sie heben die Veröffentlichung dieses Dokuments in {{locale}} auf. Sind Sie sicher?',
    aboutToUnpublishSelection: 'Sie heben die Veröffentlichung aller ausgewählten {{label}} auf. Sind Sie sicher?',
  },
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** Lexical's German texts with a "du" form, in the "Sie" form. */
export const sieLexicalTexts = { placeholder: 'Beginnen Sie zu tippen oder drücken Sie „/“ für Befehle …' }

/**
 * The rich-text editor with its texts in the "Sie" form. Lexical merges its own German texts over the installation's
 * when it loads (so `sieTranslations` cannot reach them); this puts ours back on top, for the visible placeholder and
 * for the `aria-placeholder` that screen readers announce.
 */
export function withSieTexts<Value extends object, AdapterProps, Extra>(
  editor: RichTextAdapterProvider<Value, AdapterProps, Extra>,
): RichTextAdapterProvider<Value, AdapterProps, Extra> {
  return async (args) => {
    const adapter = await editor(args)
    const german: unknown = args.config.i18n.translations.de
    if (isRecord(german) && isRecord(german.lexical) && isRecord(german.lexical.general))
      Object.assign(german.lexical.general, sieLexicalTexts)
    return adapter
  }
}
