import { where } from "./where.ts";
Deno.serve(() => Response.json({ main: import.meta.main, url: import.meta.url.endsWith("/index.ts"), where }));
