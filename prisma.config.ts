import { defineConfig } from "prisma/config";

// The CLI reads this on machines where Prisma's native engine can be
// downloaded (prisma migrate deploy / migrate dev). The app itself connects
// through lib/db and never needs it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/resource_navigator" },
});
