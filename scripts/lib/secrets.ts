import { secretFromEnvOrFile } from "../../lib/core/env";

/** AUTH_SECRET from the environment, or generated once into .data/ for local runs. */
export const authSecret = () => secretFromEnvOrFile("AUTH_SECRET", "auth-secret");
