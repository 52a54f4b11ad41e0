CREATE TABLE "outbox_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" bigint NOT NULL,
	"attempt_no" integer NOT NULL,
	"worker" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"http_status" integer,
	"provider_code" text,
	"provider_message" text,
	"response" jsonb,
	"requested_by" integer
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"account_id" integer NOT NULL,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"person_id" integer,
	"payload" jsonb NOT NULL,
	"producer" text NOT NULL,
	"producer_ref" text,
	"run_id" bigint,
	"idempotency_key" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"status_reason" text,
	"not_before" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"provider_message_id" text,
	"last_error_code" text,
	"last_error_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "provider_accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"credentials" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"limit_per_second" integer,
	"limit_per_batch" integer,
	"limit_per_day" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_usage" (
	"account_id" integer NOT NULL,
	"window" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_usage_account_id_window_window_start_pk" PRIMARY KEY("account_id","window","window_start")
);
--> statement-breakpoint
CREATE TABLE "process_configs" (
	"id" serial PRIMARY KEY NOT NULL,
	"company_id" integer NOT NULL,
	"description" text NOT NULL,
	"process_type" text NOT NULL,
	"process_code" text NOT NULL,
	"company_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"group_companies" boolean DEFAULT false NOT NULL,
	"frequency" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"cron_minute" text DEFAULT '*' NOT NULL,
	"cron_hour" text DEFAULT '*' NOT NULL,
	"cron_day_of_month" text DEFAULT '*' NOT NULL,
	"cron_month" text DEFAULT '*' NOT NULL,
	"cron_day_of_week" text DEFAULT '*' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"external_agent" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_run_logs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"level" text NOT NULL,
	"message" text NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "process_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"config_id" integer NOT NULL,
	"scheduled_for" timestamp with time zone NOT NULL,
	"company_scope" text NOT NULL,
	"company_ids" integer[] NOT NULL,
	"reference_date" date NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"requested_by" integer,
	"claimed_by" text,
	"lease_expires_at" timestamp with time zone,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"found" integer DEFAULT 0 NOT NULL,
	"queued" integer DEFAULT 0 NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_attempts" ADD CONSTRAINT "outbox_attempts_message_id_outbox_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_attempts" ADD CONSTRAINT "outbox_attempts_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_account_id_provider_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."provider_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_limit_usage" ADD CONSTRAINT "rate_limit_usage_account_id_provider_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."provider_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_configs" ADD CONSTRAINT "process_configs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_configs" ADD CONSTRAINT "process_configs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_run_logs" ADD CONSTRAINT "process_run_logs_run_id_process_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."process_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_runs" ADD CONSTRAINT "process_runs_config_id_process_configs_id_fk" FOREIGN KEY ("config_id") REFERENCES "public"."process_configs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_runs" ADD CONSTRAINT "process_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_attempts_message_idx" ON "outbox_attempts" USING btree ("message_id","attempt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_idempotency_key" ON "outbox_messages" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_messages_ready_idx" ON "outbox_messages" USING btree ("account_id","not_before","id") WHERE "outbox_messages"."status" in ('queued', 'retry_scheduled');--> statement-breakpoint
CREATE INDEX "outbox_messages_lease_idx" ON "outbox_messages" USING btree ("lease_expires_at") WHERE "outbox_messages"."status" = 'sending';--> statement-breakpoint
CREATE INDEX "outbox_messages_company_idx" ON "outbox_messages" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_status_idx" ON "outbox_messages" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "outbox_messages_run_idx" ON "outbox_messages" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_provider_id_idx" ON "outbox_messages" USING btree ("provider_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_accounts_name_key" ON "provider_accounts" USING btree ("provider","name");--> statement-breakpoint
CREATE INDEX "process_configs_company_idx" ON "process_configs" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "process_run_logs_run_idx" ON "process_run_logs" USING btree ("run_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "process_runs_slot_key" ON "process_runs" USING btree ("config_id","scheduled_for","company_scope");--> statement-breakpoint
CREATE INDEX "process_runs_config_idx" ON "process_runs" USING btree ("config_id","scheduled_for");--> statement-breakpoint
CREATE INDEX "process_runs_pending_idx" ON "process_runs" USING btree ("status") WHERE "process_runs"."status" in ('queued', 'running');