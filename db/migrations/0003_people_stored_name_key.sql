DROP INDEX "people_name_sort_idx";--> statement-breakpoint
DROP INDEX "people_name_trgm_idx";--> statement-breakpoint
DROP INDEX "people_name_key_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "name_key" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED;--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_name_key_idx" ON "people" USING btree ("name_key" COLLATE "C","id");