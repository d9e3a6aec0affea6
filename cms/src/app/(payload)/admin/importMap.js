import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowActions as WorkflowActions_1fe8452d58a9bdba8396290e2bb3757f } from '../../../components/Workflow/WorkflowActions'
import { JsonTextarea as JsonTextarea_15584375733dec44b37dcf64ec04c471 } from '../../../components/JsonTextarea'
import { TranslationStatusCell as TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { TranslationStatus as TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { PendingChange as PendingChange_e171546217e056880dfdd006224e3bfb } from '../../../components/PendingChange'
import { RecurrenceField as RecurrenceField_611f252d9fbe5972c06a2a3011a3dfd9 } from '../../../admin/recurrence/RecurrenceField'
import { PublishButtonForStaff as PublishButtonForStaff_a701c00a0fbaf6c57f0f5e35da9ecc23 } from '../../../admin/PublishButtonForStaff'
import { SaveDraftButtonForStaff as SaveDraftButtonForStaff_a701c00a0fbaf6c57f0f5e35da9ecc23 } from '../../../admin/PublishButtonForStaff'
import { InviteAccess as InviteAccess_44e13026f6feab3ca3c8b9e1b1a7ca9f } from '../../../invitations/InviteAccess'
import { AddSynonymCell as AddSynonymCell_373059b6c540c3161db26884c3316b10 } from '../../../collections/SearchMisses/AddSynonymCell'
import { PrefillFromMiss as PrefillFromMiss_9ce740b5e2211be56d0534ab9db9ed62 } from '../../../collections/SearchSynonyms/PrefillFromMiss'
import { TwoFactorField as TwoFactorField_666960258de1ef3b311ba6b30abc9d16 } from '../../../auth/totp/TwoFactorField'
import { CityIcon as CityIcon_be25ce986f2a81e9382053c6c1f4fbb5 } from '../../../admin/CityIcon'
import { CityLogo as CityLogo_a1e952e79ea77e2680c760b0a7aa4168 } from '../../../admin/CityLogo'
import { TranslationsNavLink as TranslationsNavLink_ba947b0b88f800e68f3a62a9efad5d2a } from '../../../components/TranslationsWorklist/NavLink'
import { ExchangeNavLink as ExchangeNavLink_13d80cd149865e5b1223e00c69dcd2b2 } from '../../../translations/xliff/admin/ExchangeView'
import { ReviewOverview as ReviewOverview_b6673a2225e56af1299e95d5fa77f062 } from '../../../components/ReviewOverview'
import { SiteStatus as SiteStatus_b554d51c40ca051cb980537ecf50af1c } from '../../../components/SiteStatus'
import { UnconfirmedOrganisations as UnconfirmedOrganisations_7d4cd65559675067993fc52db8336333 } from '../../../components/UnconfirmedOrganisations'
import { OwnChanges as OwnChanges_b154e36a48b752ce6b29509679ff2438 } from '../../../components/PendingChange/OwnChanges'
import { ShowScheduleRefusals as ShowScheduleRefusals_597f53e81ca2db483f636e30d962283c } from '../../../scheduling/ShowScheduleRefusals'
import { NewEntriesInGerman as NewEntriesInGerman_8befb75c81d71c59fce7a27eb108534e } from '../../../admin/NewEntriesInGerman'
import { TranslationsWorklist as TranslationsWorklist_023630534dbc9d8ec0d375a4b4b6602d } from '../../../components/TranslationsWorklist'
import { LoginView as LoginView_a9401dce7b62825441c575f881664cec } from '../../../auth/totp/LoginView'
import { ExchangeView as ExchangeView_13d80cd149865e5b1223e00c69dcd2b2 } from '../../../translations/xliff/admin/ExchangeView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/Workflow/WorkflowActions#WorkflowActions": WorkflowActions_1fe8452d58a9bdba8396290e2bb3757f,
  "/components/JsonTextarea#JsonTextarea": JsonTextarea_15584375733dec44b37dcf64ec04c471,
  "/components/TranslationStatus#TranslationStatusCell": TranslationStatusCell_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/TranslationStatus#TranslationStatus": TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334,
  "/components/PendingChange#PendingChange": PendingChange_e171546217e056880dfdd006224e3bfb,
  "/admin/recurrence/RecurrenceField#RecurrenceField": RecurrenceField_611f252d9fbe5972c06a2a3011a3dfd9,
  "/admin/PublishButtonForStaff#PublishButtonForStaff": PublishButtonForStaff_a701c00a0fbaf6c57f0f5e35da9ecc23,
  "/admin/PublishButtonForStaff#SaveDraftButtonForStaff": SaveDraftButtonForStaff_a701c00a0fbaf6c57f0f5e35da9ecc23,
  "/invitations/InviteAccess#InviteAccess": InviteAccess_44e13026f6feab3ca3c8b9e1b1a7ca9f,
  "/collections/SearchMisses/AddSynonymCell#AddSynonymCell": AddSynonymCell_373059b6c540c3161db26884c3316b10,
  "/collections/SearchSynonyms/PrefillFromMiss#PrefillFromMiss": PrefillFromMiss_9ce740b5e2211be56d0534ab9db9ed62,
  "/auth/totp/TwoFactorField#TwoFactorField": TwoFactorField_666960258de1ef3b311ba6b30abc9d16,
  "/admin/CityIcon#CityIcon": CityIcon_be25ce986f2a81e9382053c6c1f4fbb5,
  "/admin/CityLogo#CityLogo": CityLogo_a1e952e79ea77e2680c760b0a7aa4168,
  "/components/TranslationsWorklist/NavLink#TranslationsNavLink": TranslationsNavLink_ba947b0b88f800e68f3a62a9efad5d2a,
  "/translations/xliff/admin/ExchangeView#ExchangeNavLink": ExchangeNavLink_13d80cd149865e5b1223e00c69dcd2b2,
  "/components/ReviewOverview#ReviewOverview": ReviewOverview_b6673a2225e56af1299e95d5fa77f062,
  "/components/SiteStatus#SiteStatus": SiteStatus_b554d51c40ca051cb980537ecf50af1c,
  "/components/UnconfirmedOrganisations#UnconfirmedOrganisations": UnconfirmedOrganisations_7d4cd65559675067993fc52db8336333,
  "/components/PendingChange/OwnChanges#OwnChanges": OwnChanges_b154e36a48b752ce6b29509679ff2438,
  "/scheduling/ShowScheduleRefusals#ShowScheduleRefusals": ShowScheduleRefusals_597f53e81ca2db483f636e30d962283c,
  "/admin/NewEntriesInGerman#NewEntriesInGerman": NewEntriesInGerman_8befb75c81d71c59fce7a27eb108534e,
  "/components/TranslationsWorklist#TranslationsWorklist": TranslationsWorklist_023630534dbc9d8ec0d375a4b4b6602d,
  "/auth/totp/LoginView#LoginView": LoginView_a9401dce7b62825441c575f881664cec,
  "/translations/xliff/admin/ExchangeView#ExchangeView": ExchangeView_13d80cd149865e5b1223e00c69dcd2b2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
