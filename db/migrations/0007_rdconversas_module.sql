CREATE TABLE "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"hash" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" integer
);
--> statement-breakpoint
CREATE TABLE "rd_contact_batch_items" (
	"batch_id" bigint NOT NULL,
	"person_id" integer NOT NULL,
	"message_id" bigint NOT NULL,
	CONSTRAINT "rd_contact_batch_items_batch_id_person_id_pk" PRIMARY KEY("batch_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "rd_contact_batches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"finished_at" timestamp with time zone,
	"cancelled_by" integer
);
--> statement-breakpoint
CREATE TABLE "rd_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"type" text NOT NULL,
	"template_id" text NOT NULL,
	"template_name" text NOT NULL,
	"template_text" text NOT NULL,
	"variable_count" integer NOT NULL,
	"chip_id" text NOT NULL,
	"chip_label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "rd_order_stage_notifications" (
	"company_id" integer NOT NULL,
	"channel" text NOT NULL,
	"stage" text NOT NULL,
	"message_id" integer NOT NULL,
	CONSTRAINT "rd_order_stage_notifications_company_id_channel_stage_pk" PRIMARY KEY("company_id","channel","stage")
);
--> statement-breakpoint
ALTER TABLE "order_stage_history" ADD COLUMN "source" text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE "order_stage_history" ADD COLUMN "changed_by" integer;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batch_items" ADD CONSTRAINT "rd_contact_batch_items_batch_id_rd_contact_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."rd_contact_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batch_items" ADD CONSTRAINT "rd_contact_batch_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batch_items" ADD CONSTRAINT "rd_contact_batch_items_message_id_outbox_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batches" ADD CONSTRAINT "rd_contact_batches_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batches" ADD CONSTRAINT "rd_contact_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_contact_batches" ADD CONSTRAINT "rd_contact_batches_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_messages" ADD CONSTRAINT "rd_messages_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_messages" ADD CONSTRAINT "rd_messages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_order_stage_notifications" ADD CONSTRAINT "rd_order_stage_notifications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_order_stage_notifications" ADD CONSTRAINT "rd_order_stage_notifications_message_id_rd_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."rd_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "api_keys_company_idx" ON "api_keys" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "rd_contact_batch_items_message_idx" ON "rd_contact_batch_items" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "rd_contact_batches_company_idx" ON "rd_contact_batches" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rd_messages_company_type_key" ON "rd_messages" USING btree ("company_id","type");--> statement-breakpoint
-- Orders kept stage labels until now; they become the stage codes of lib/rdconversas/order-stages.ts.
UPDATE "orders" SET "stage" = CASE "stage" WHEN 'Pedido recebido' THEN 'received' WHEN 'Pagamento aprovado' THEN 'payment_approved'
  WHEN 'Em separação' THEN 'picking' WHEN 'Faturado' THEN 'invoiced' WHEN 'Enviado' THEN 'shipped' WHEN 'Entregue' THEN 'delivered'
  ELSE "stage" END;--> statement-breakpoint
UPDATE "order_stage_history" SET "stage" = CASE "stage" WHEN 'Pedido recebido' THEN 'received' WHEN 'Pagamento aprovado' THEN 'payment_approved'
  WHEN 'Em separação' THEN 'picking' WHEN 'Faturado' THEN 'invoiced' WHEN 'Enviado' THEN 'shipped' WHEN 'Entregue' THEN 'delivered'
  ELSE "stage" END;
