export const PLUG_DEFAULT_BASE_URL = "https://api.plugmessage.com.br";

/** Where PlugMessage answers: the real service unless PLUGMESSAGE_BASE_URL points elsewhere (the in-app simulator in sandbox). */
export const plugBaseUrl = () => (process.env.PLUGMESSAGE_BASE_URL || PLUG_DEFAULT_BASE_URL).replace(/\/+$/, "");

/** True when the base URL is not PlugMessage's own: the simulator accepts any non-empty token and offers a scan control. */
export const isPlugSimulator = (baseUrl: string) => !baseUrl.startsWith(PLUG_DEFAULT_BASE_URL);
