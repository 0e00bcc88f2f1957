import { Hono } from "npm:hono@4";
import { cors } from "npm:hono@4/cors";

// Supabase passes /<function-name>/... as the path.
const app = new Hono().basePath("/modules-vendored-hono");
app.use("*", cors({ origin: "https://example.com" }));
app.get("/hello/:name", (c) => c.json({ hello: c.req.param("name"), q: c.req.query("q") ?? null }));

Deno.serve(app.fetch);
