CREATE TABLE "agent_presence" (
	"agent_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"languages" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"last_assigned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assist_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"text" text NOT NULL,
	"sources" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "callbacks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"customer_id" text,
	"customer_name" text,
	"channel" text NOT NULL,
	"contact" text NOT NULL,
	"note" text,
	"language" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "conversation_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"agent_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "skill" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "draft_id" uuid;--> statement-breakpoint
CREATE INDEX "agent_presence_status" ON "agent_presence" USING btree ("status");--> statement-breakpoint
CREATE INDEX "callbacks_status_due" ON "callbacks" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "conversation_notes_conversation" ON "conversation_notes" USING btree ("conversation_id","created_at");