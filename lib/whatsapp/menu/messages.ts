/** Refusals of the Menu tab, shared by the services and the page's explanations. */
export const INTERACTIVE_MENU_UNOFFICIAL = "O menu interativo não está disponível na API não oficial (PlugMessage).";
export const ONE_ACTIVE_OPTION = "Com o assistente virtual ligado, ao menos uma opção do menu precisa ficar ativa.";
