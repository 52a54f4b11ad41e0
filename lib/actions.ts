import { additionalFieldActions } from "@/lib/additional-fields/actions";
import { apiKeyActions } from "@/lib/api-keys/actions";
import { companyActions } from "@/lib/companies/actions";
import { creditorActions } from "@/lib/creditors/actions";
import { crmActions } from "@/lib/crm/actions";
import { ctiManagerActions } from "@/lib/cti/manager-actions";
import { ctiSandboxActions } from "@/lib/cti/sandbox-actions";
import { ctiSessionActions } from "@/lib/cti/session-actions";
import { documentActions } from "@/lib/documents/actions";
import { messagingActions } from "@/lib/messaging/actions";
import { notificationActions } from "@/lib/notifications/actions";
import { peopleActions } from "@/lib/people/actions";
import { phoneTypeActions } from "@/lib/phone-types/actions";
import { rdConfigActions } from "@/lib/rdconversas/config-actions";
import { rdContactActions } from "@/lib/rdconversas/contact-actions";
import { orderStageActions } from "@/lib/rdconversas/order-actions";
import { sandboxActions } from "@/lib/sandbox/actions";
import { metaSandboxActions } from "@/lib/sandbox/meta/actions";
import { schedulerActions } from "@/lib/scheduler/actions";
import { sessionActions } from "@/lib/session/actions";
import { settingActions } from "@/lib/settings/actions";
import { userActions } from "@/lib/users/actions";
import { whatsappAccountTabActions } from "@/lib/whatsapp/account-tab-actions";
import { whatsappBotActions } from "@/lib/whatsapp/bot-actions";
import { whatsappConversationActions } from "@/lib/whatsapp/conversation-actions";
import { whatsappMenuActions } from "@/lib/whatsapp/menu-actions";
import { whatsappSettingsActions } from "@/lib/whatsapp/settings-actions";
import { whatsappCreditorSettingsActions } from "@/lib/whatsapp/creditor-settings-actions";
import { whatsappTemplateActions } from "@/lib/whatsapp/template-actions";

/**
 * Every server action of the app, by name. "use server" files call runAction(name, input) and nothing else;
 * tests/authorization-matrix.test.ts fails when an action here has no expected access rule.
 */
export const allActions = {
  ...sessionActions,
  ...companyActions,
  ...userActions,
  ...phoneTypeActions,
  ...additionalFieldActions,
  ...settingActions,
  ...peopleActions,
  ...messagingActions,
  ...sandboxActions,
  ...metaSandboxActions,
  ...schedulerActions,
  ...rdConfigActions,
  ...rdContactActions,
  ...orderStageActions,
  ...apiKeyActions,
  ...ctiManagerActions,
  ...ctiSessionActions,
  ...whatsappTemplateActions,
  ...creditorActions,
  ...documentActions,
  ...whatsappAccountTabActions,
  ...whatsappCreditorSettingsActions,
  ...whatsappConversationActions,
  ...whatsappBotActions,
  ...whatsappMenuActions,
  ...whatsappSettingsActions,
  ...notificationActions,
  ...ctiSandboxActions,
  ...crmActions,
};

export type ActionName = keyof typeof allActions;
