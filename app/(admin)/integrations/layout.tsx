// Integration settings are admin-only: the same check as /admin, above the pages' loading boundaries (real 404s).
export { default } from "../admin/layout";
