/** Graph API version the adapter speaks. */
export const META_GRAPH_VERSION = "v21.0";
export const META_DEFAULT_BASE_URL = `https://graph.facebook.com/${META_GRAPH_VERSION}`;

/** Where the Meta Cloud API answers: the real Graph API unless META_GRAPH_URL points elsewhere (the in-app simulator in sandbox). */
export const metaBaseUrl = () => (process.env.META_GRAPH_URL || META_DEFAULT_BASE_URL).replace(/\/+$/, "");

/** The simulator's root (its /_sandbox control API lives there): the base URL without the trailing /vNN.N. */
export const metaSimulatorRoot = (baseUrl: string) => baseUrl.replace(/\/v\d+\.\d+$/, "");

/** True when the base URL is not Meta's: the sandbox simulator (webhook registration is then automatic). */
export const isMetaSimulator = (baseUrl: string) => !baseUrl.startsWith("https://graph.facebook.com");
