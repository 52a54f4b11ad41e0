import { z } from "zod";

// zod's own messages (missing field, wrong type) in Portuguese, on the server and in the browser alike.
z.config(z.locales.pt());
