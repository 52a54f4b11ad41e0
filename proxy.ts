export { auth as proxy } from "@/auth";

// Everything but the sign-in page, Auth.js itself, public APIs and static files needs a session.
export const config = {
  matcher: ["/((?!login|api/|_next/static|_next/image|favicon.ico).*)"],
};
