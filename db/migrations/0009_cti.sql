CREATE TABLE "cti_agents" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"agent_login" text NOT NULL,
	"extension" text NOT NULL,
	"group_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cti_calls" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"extension" text NOT NULL,
	"user_id" integer,
	"phone" text,
	"direction" text NOT NULL,
	"extra_info" text,
	"person_id" integer,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cti_event_counters" (
	"extension" text PRIMARY KEY NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cti_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"extension" text NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"call_id" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cti_operations" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"takes_input" boolean DEFAULT false NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cti_sessions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"extension" text NOT NULL,
	"agent_login" text NOT NULL,
	"group_id" text NOT NULL,
	"status" text DEFAULT 'logging_in' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "cti_usage_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" smallint NOT NULL,
	"extension" text NOT NULL,
	"justification" text,
	"automatic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cti_agents" ADD CONSTRAINT "cti_agents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cti_calls" ADD CONSTRAINT "cti_calls_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cti_calls" ADD CONSTRAINT "cti_calls_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cti_operations" ADD CONSTRAINT "cti_operations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cti_sessions" ADD CONSTRAINT "cti_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cti_usage_log" ADD CONSTRAINT "cti_usage_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cti_calls_call_extension_key" ON "cti_calls" USING btree ("call_id","extension");--> statement-breakpoint
CREATE INDEX "cti_calls_started_idx" ON "cti_calls" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cti_events_extension_seq_key" ON "cti_events" USING btree ("extension","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "cti_operations_user_code_key" ON "cti_operations" USING btree ("user_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "cti_sessions_live_extension_key" ON "cti_sessions" USING btree ("extension") WHERE "cti_sessions"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "cti_sessions_user_idx" ON "cti_sessions" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "cti_usage_log_user_idx" ON "cti_usage_log" USING btree ("user_id","at");