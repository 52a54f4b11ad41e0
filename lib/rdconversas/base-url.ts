/** Where RD Conversas answers: the real API unless RDCONVERSAS_BASE_URL points elsewhere (the in-app simulator in sandbox). */
export const RD_DEFAULT_BASE_URL = "https://api.tallos.com.br";

export const rdBaseUrl = () => (process.env.RDCONVERSAS_BASE_URL || RD_DEFAULT_BASE_URL).replace(/\/+$/, "");
