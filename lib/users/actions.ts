import { defineAction } from "@/lib/core/action";
import { resetPassword } from "./reset-password";
import { saveUser } from "./save-user";
import { resetPasswordSchema, setUserActiveSchema, userSchema } from "./schemas";
import { setUserActive } from "./set-user-active";

export const userActions = {
  "users.save": defineAction({ role: "admin", input: userSchema, service: saveUser }),
  "users.setActive": defineAction({ role: "admin", input: setUserActiveSchema, service: setUserActive }),
  "users.resetPassword": defineAction({ role: "admin", input: resetPasswordSchema, service: resetPassword }),
};
